package io.github.broadsheet.printtext;

import io.github.broadsheet.parse.ArticleParseException;
import io.github.broadsheet.parse.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into {@link Line}s at LF, CRLF or CR, refusing binary data and overlong lines. One
 * pass over the text, so the time is linear in its length.
 */
final class SourceLines {

    private SourceLines() {}

    /**
     * Splits text into lines. A line end at the very end of the text does not start another line.
     *
     * <p>Each character is looked at once: the scan that finds a line's end also finds its first and
     * last non-space characters and whether anything inside needs rewriting (a run of spaces, a
     * space other than U+0020, a zero-width character). Most lines are printable text with single
     * ASCII spaces between words, and for them the normalised text is a plain substring of the
     * input; only the others are built anew, by {@link Chars#normalize}.
     *
     * @throws ArticleParseException for a control character (binary data) or a line longer than
     *     {@code maxLineLength}; when a line has both, the length is reported, as it is checked first
     */
    static List<Line> split(String text, String source, int maxLineLength) {
        List<Line> lines = new ArrayList<>();
        int n = text.length();
        int start = 0;
        int number = 1;
        do {
            int first = -1;
            int last = -1;
            boolean plain = true;
            int spaceRun = 0;
            boolean spaceRunPlain = true;
            int control = -1;
            int end = start;
            while (end < n) {
                char c = text.charAt(end);
                if (c <= ' ' || c >= 0x7F) {
                    if (c == '\n' || c == '\r') {
                        break;
                    } else if (Chars.isSpace(c)) {
                        spaceRun++;
                        spaceRunPlain &= c == ' ';
                        end++;
                        continue;
                    } else if (Chars.isZeroWidth(c)) {
                        plain = false;
                        end++;
                        continue;
                    } else if (Chars.isControl(c)) {
                        control = control < 0 ? end : control;
                        end++;
                        continue;
                    }
                }
                // A character of text, and the printable ASCII ones after it: the common case.
                if (first < 0) {
                    first = end;
                } else if (spaceRun > 1 || !spaceRunPlain) {
                    plain = false;
                }
                spaceRun = 0;
                spaceRunPlain = true;
                end++;
                while (end < n && (c = text.charAt(end)) > ' ' && c < 0x7F) {
                    end++;
                }
                last = end - 1;
            }
            if (end - start > maxLineLength) {
                throw new ArticleParseException(new Location(source, number, maxLineLength + 1),
                        "line " + number + " is " + (end - start) + " characters long, more than the limit of "
                                + maxLineLength + "; this does not look like a print-view article");
            }
            if (control >= 0) {
                throw new ArticleParseException(new Location(source, number, control - start + 1),
                        String.format("binary data, not text: control character U+%04X", (int) text.charAt(control)));
            }
            lines.add(line(text, start, end, number, first, last, plain));
            if (end < n && text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n') {
                end++;
            }
            start = end + 1;
            number++;
        } while (start < n);
        return lines;
    }

    /**
     * Makes a line from what the scan found: its first and last characters that are neither
     * spaces nor zero-width ({@code -1} when there are none), and whether the text between them
     * is already normal.
     */
    private static Line line(String text, int start, int end, int number, int first, int last, boolean plain) {
        if (first < 0) {
            return new Line(number, text, start, end, "", 1);
        }
        String normal = plain ? text.substring(first, last + 1) : Chars.normalize(text, start, end);
        return new Line(number, text, start, end, normal, first - start + 1);
    }
}
