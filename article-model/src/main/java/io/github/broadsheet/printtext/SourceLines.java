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

    private static Line line(String text, int start, int end, int number, String source) {
        StringBuilder out = new StringBuilder(end - start);
        boolean pendingSpace = false;
        int column = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Chars.isSpace(c)) {
                pendingSpace = !out.isEmpty();
            } else if (Chars.isZeroWidth(c)) {
                continue;
            } else if (Chars.isControl(c)) {
                throw new ArticleParseException(new Location(source, number, i - start + 1),
                        String.format("binary data, not text: control character U+%04X", (int) c));
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                if (column == 0) {
                    column = i - start + 1;
                }
                out.append(c);
            }
        }
        return new Line(number, text, start, end, out.toString(), column == 0 ? 1 : column);
    }
}
