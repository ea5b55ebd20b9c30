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
     * @throws ArticleParseException for a control character (binary data) or a line longer than
     *     {@code maxLineLength}
     */
    static List<Line> split(String text, String source, int maxLineLength) {
        List<Line> lines = new ArrayList<>();
        int n = text.length();
        int start = 0;
        int number = 1;
        while (start < n || lines.isEmpty()) {
            int end = start;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            if (end - start > maxLineLength) {
                throw new ArticleParseException(new Location(source, number, maxLineLength + 1),
                        "line " + number + " is " + (end - start) + " characters long, more than the limit of "
                                + maxLineLength + "; this does not look like a print-view article");
            }
            lines.add(line(text, start, end, number, source));
            if (end < n && text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n') {
                end++;
            }
            start = end + 1;
            number++;
        }
        return lines;
    }

    /**
     * Makes a line, refusing control characters. Most lines are printable text with single ASCII
     * spaces between words, and for them the normalised text is a plain substring of the input, so
     * one scan finds the first and last non-space characters and whether anything inside needs
     * rewriting (a run of spaces, a space other than U+0020, a zero-width character); only then is
     * the text built anew, by {@link Chars#normalize}.
     */
    private static Line line(String text, int start, int end, int number, String source) {
        int first = -1;
        int last = -1;
        boolean plain = true;
        int spaceRun = 0;
        boolean spaceRunPlain = true;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c > ' ' && c < 0x7F) {
                // Printable ASCII, the common case: not a space, zero-width or control character.
            } else if (Chars.isSpace(c)) {
                spaceRun++;
                spaceRunPlain &= c == ' ';
                continue;
            } else if (Chars.isZeroWidth(c)) {
                plain = false;
                continue;
            } else if (Chars.isControl(c)) {
                throw new ArticleParseException(new Location(source, number, i - start + 1),
                        String.format("binary data, not text: control character U+%04X", (int) c));
            }
            if (first < 0) {
                first = i;
            } else if (spaceRun > 1 || !spaceRunPlain) {
                plain = false;
            }
            spaceRun = 0;
            spaceRunPlain = true;
            last = i;
        }
        if (first < 0) {
            return new Line(number, text, start, end, "", 1);
        }
        String normal = plain ? text.substring(first, last + 1) : Chars.normalize(text, start, end);
        return new Line(number, text, start, end, normal, first - start + 1);
    }
}
