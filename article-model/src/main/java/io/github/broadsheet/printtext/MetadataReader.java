package io.github.broadsheet.printtext;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Recognises the metadata lines under a title: {@code Source:}, {@code Date:}, {@code Author:},
 * {@code By NAME} and a few synonyms, one per line or several on a line. The reader only splits
 * and classifies; {@link ArticleReading} decides what each field becomes.
 *
 * <p>Fields on one line are separated by two or more spaces (U+00A0 counts as a space), a tab,
 * U+3000, or a {@code |} between spaces; a known label after a single space starts a field too.
 * A label is followed by {@code :} or the full-width {@code ：}, with or without spaces around it.
 * Text after a separator that starts no field continues the field before it.
 */
final class MetadataReader {

    /** What a field says. */
    enum Kind {
        /** The publisher or site. */
        SOURCE,
        /** When the article was published. */
        DATE,
        /** The byline: one or more names. */
        AUTHOR,
        /** A label this reader does not know, such as {@code Editor:}. */
        UNKNOWN
    }

    /**
     * One field of a metadata line.
     *
     * @param kind what it says
     * @param label the label as written, or {@code "By"} for a byline
     * @param value the value, trimmed; may be empty
     * @param text the field as written, label included, spaces collapsed
     * @param column where the field starts, counted from 1
     */
    record Field(Kind kind, String label, String value, String text, int column) {}

    /** The labels, lower case, and what they mean. */
    static final Map<String, Kind> LABELS = Map.ofEntries(
            Map.entry("source", Kind.SOURCE),
            Map.entry("来源", Kind.SOURCE),
            Map.entry("來源", Kind.SOURCE),
            Map.entry("date", Kind.DATE),
            Map.entry("published", Kind.DATE),
            Map.entry("posted", Kind.DATE),
            Map.entry("日期", Kind.DATE),
            Map.entry("时间", Kind.DATE),
            Map.entry("時間", Kind.DATE),
            Map.entry("发布时间", Kind.DATE),
            Map.entry("發布時間", Kind.DATE),
            Map.entry("author", Kind.AUTHOR),
            Map.entry("authors", Kind.AUTHOR),
            Map.entry("by", Kind.AUTHOR),
            Map.entry("作者", Kind.AUTHOR),
            Map.entry("记者", Kind.AUTHOR),
            Map.entry("記者", Kind.AUTHOR));

    /** The longest label, known or not, in characters: {@value}. */
    static final int MAX_LABEL_LENGTH = 24;

    /** The longest byline after {@code By}, in characters: {@value}. */
    static final int MAX_BYLINE_LENGTH = 100;

    /** The most words a byline after {@code By} may have: {@value}. */
    static final int MAX_BYLINE_WORDS = 10;

    private MetadataReader() {}

    /**
     * Reads a line as metadata.
     *
     * @param line the line
     * @return its fields, when its first field has a label or is a byline and at least one field is
     *     known; else empty, and the line is not metadata
     */
    static Optional<List<Field>> read(Line line) {
        if (!startsField(line.text())) {
            return Optional.empty();
        }
        List<Field> fields = new ArrayList<>();
        String raw = line.raw();
        for (int[] segment : segments(raw)) {
            String text = Chars.normalize(raw, segment[0], segment[1]);
            if (text.isEmpty()) {
                continue;
            }
            int column = segment[0] + 1;
            while (column <= raw.length() && Chars.isSpace(raw.charAt(column - 1))) {
                column++;
            }
            int from = 0;
            for (int cut : labelCuts(text)) {
                piece(fields, text.substring(from, cut).strip(), column + from);
                from = cut;
            }
            piece(fields, text.substring(from).strip(), column + from);
        }
        if (fields.isEmpty() || fields.stream().allMatch(f -> f.kind() == Kind.UNKNOWN)) {
            return Optional.empty();
        }
        return Optional.of(List.copyOf(fields));
    }

    /** {@return whether the text starts with a label and a colon, or is a byline} */
    private static boolean startsField(String text) {
        return labelEnd(text) > 0 || bylineStart(text) > 0;
    }

    /**
     * Adds a piece of a line as a new field, or to the field before it when it starts none.
     */
    private static void piece(List<Field> fields, String text, int column) {
        if (text.isEmpty()) {
            return;
        }
        int colon = labelEnd(text);
        if (colon > 0) {
            String label = text.substring(0, colon).strip();
            Kind kind = LABELS.getOrDefault(label.toLowerCase(Locale.ROOT), Kind.UNKNOWN);
            fields.add(new Field(kind, label, text.substring(colon + 1).strip(), text, column));
            return;
        }
        int names = bylineStart(text);
        if (names > 0) {
            fields.add(new Field(Kind.AUTHOR, text.substring(0, names).strip(), text.substring(names), text, column));
            return;
        }
        if (fields.isEmpty()) {
            // Only when spaces split a label from its colon, as in "Source  : Harbour Times".
            fields.add(new Field(Kind.UNKNOWN, "", text, text, column));
            return;
        }
        Field last = fields.remove(fields.size() - 1);
        String value = last.value().isEmpty() ? text : last.value() + " " + text;
        fields.add(new Field(last.kind(), last.label(), value, last.text() + " " + text, last.column()));
    }

    /**
     * {@return the index of the colon ending a label at the start of the text, or -1}: a label is
     * one to three words of letters (hyphens and dots inside allowed), at most
     * {@link #MAX_LABEL_LENGTH} characters, followed by {@code :} or {@code ：}
     */
    static int labelEnd(String text) {
        int limit = Math.min(text.length(), MAX_LABEL_LENGTH + 2);
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '：') {
                return words > 0 && i > 0 ? i : -1;
            }
            if (Character.isLetter(c)) {
                if (!inWord) {
                    words++;
                    inWord = true;
                }
            } else if (c == ' ') {
                inWord = false;
            } else if ((c == '-' || c == '.') && inWord) {
                continue;
            } else {
                return -1;
            }
            if (words > 3) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * {@return where the names start when the text is a byline ({@code By NAME},
     * {@code Written by NAME}), or -1}: the names are at most {@link #MAX_BYLINE_LENGTH}
     * characters and {@link #MAX_BYLINE_WORDS} words, hold a letter and no digit, and do not end in
     * sentence punctuation. So {@code By Mara Lindqvist} and {@code By staff reporters} are
     * bylines, and {@code By the end of 2021, the pier was gone.} is not.
     */
    static int bylineStart(String text) {
        // Lower-casing keeps an ASCII first character ASCII, so one other than b or w starts neither.
        char first = text.isEmpty() ? 0 : text.charAt(0);
        if (first < 0x80 && first != 'b' && first != 'B' && first != 'w' && first != 'W') {
            return -1;
        }
        String lower = text.length() > 11 ? text.substring(0, 11).toLowerCase(Locale.ROOT) : text.toLowerCase(Locale.ROOT);
        int start;
        if (lower.startsWith("by ")) {
            start = 3;
        } else if (lower.startsWith("written by ")) {
            start = 11;
        } else {
            return -1;
        }
        String names = text.substring(start).strip();
        if (names.isEmpty() || names.length() > MAX_BYLINE_LENGTH || Headings.endsSentence(names)) {
            return -1;
        }
        int words = 1;
        boolean letter = false;
        for (int i = 0; i < names.length(); i++) {
            char c = names.charAt(i);
            if (Character.isDigit(c)) {
                return -1;
            }
            letter |= Character.isLetter(c);
            if (c == ' ' && ++words > MAX_BYLINE_WORDS) {
                return -1;
            }
        }
        return letter ? text.length() - names.length() : -1;
    }

    /**
     * {@return whether a line has the shape of a metadata field with a label this reader does not
     * know, such as {@code Updated: 2022-04-13}}: a label and a colon, then a value
     */
    static boolean looksLabelled(String text) {
        int colon = labelEnd(text);
        return colon > 0 && !text.substring(colon + 1).isBlank();
    }

    /**
     * Splits a raw line into segments at wide gaps: two or more spaces, a tab, U+3000, or a
     * {@code |} or {@code ｜} standing between spaces.
     *
     * @return the segments as {@code [start, end)} index pairs into the raw line
     */
    private static List<int[]> segments(String raw) {
        List<int[]> segments = new ArrayList<>();
        int start = 0;
        int i = 0;
        int n = raw.length();
        while (i < n) {
            char c = raw.charAt(i);
            if (Chars.isSpace(c)) {
                int runStart = i;
                boolean wide = false;
                while (i < n && Chars.isSpace(raw.charAt(i))) {
                    wide |= Chars.isWideSpace(raw.charAt(i));
                    i++;
                }
                if (wide || i - runStart >= 2) {
                    segments.add(new int[] {start, runStart});
                    start = i;
                }
            } else if ((c == '|' || c == '｜') && (i == 0 || Chars.isSpace(raw.charAt(i - 1)))
                    && (i + 1 == n || Chars.isSpace(raw.charAt(i + 1)))) {
                segments.add(new int[] {start, i});
                i++;
                start = i;
            } else {
                i++;
            }
        }
        segments.add(new int[] {start, n});
        return segments;
    }

    /**
     * {@return the indexes inside a segment where a known label after a single space starts another
     * field}, as in {@code Source: Harbour Times Date: 2024-05-02}
     */
    private static List<Integer> labelCuts(String text) {
        List<Integer> cuts = new ArrayList<>();
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ':' && c != '：') {
                continue;
            }
            int wordEnd = text.charAt(i - 1) == ' ' ? i - 1 : i;
            int wordStart = wordEnd;
            while (wordStart > 0 && wordEnd - wordStart <= MAX_LABEL_LENGTH && text.charAt(wordStart - 1) != ' ') {
                wordStart--;
            }
            if (wordStart > 0 && wordStart < wordEnd
                    && LABELS.containsKey(text.substring(wordStart, wordEnd).toLowerCase(Locale.ROOT))) {
                cuts.add(wordStart);
            }
        }
        return cuts;
    }
}
