package io.github.broadsheet.printtext;

/** Character classes the print-text reader shares: spaces, controls, CJK text and punctuation. */
final class Chars {

    private Chars() {}

    /**
     * {@return whether a character counts as a space}: ASCII spaces, tabs, vertical tab, form feed,
     * next line (U+0085) and every Unicode space separator, U+00A0 and U+3000 included
     */
    static boolean isSpace(char c) {
        if (c < 0x80) {
            // Of ASCII, only the space itself is a Unicode space separator.
            return c == ' ' || c == '\t' || c == '\u000B' || c == '\f';
        }
        return c == '\u0085' || Character.isSpaceChar(c);
    }

    /** {@return whether a space is wide enough to separate fields on its own: a tab or U+3000} */
    static boolean isWideSpace(char c) {
        return c == '\t' || c == '\u3000';
    }

    /**
     * {@return whether a character is invisible and carries no text}: zero width space, word joiner
     * and zero width no-break space (a byte order mark inside the text)
     */
    static boolean isZeroWidth(char c) {
        return c == '\u200B' || c == '\u2060' || c == '\uFEFF';
    }

    /**
     * {@return whether a character marks binary data rather than text}: C0 controls other than the
     * white space ones, DEL, and C1 controls other than next line
     */
    static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\u000B' && c != '\f')
                || c == 0x7F
                || (c >= 0x80 && c <= 0x9F && c != 0x85);
    }

    /**
     * The first code point {@link #isCjk(int)} holds to be CJK: U+02EA, a Bopomofo tone mark. Every
     * code point below it (Latin, Greek, Cyrillic, … and all of ASCII) is answered without looking
     * up its script and block.
     */
    static final int FIRST_CJK = 0x02EA;

    /**
     * {@return whether a code point is written without spaces between words}: Han, kana and
     * bopomofo, and CJK or full-width punctuation. Hangul is not: Korean puts spaces between words.
     */
    static boolean isCjk(int codePoint) {
        return codePoint >= FIRST_CJK && isCjkByScriptOrBlock(codePoint);
    }

    /** {@return {@link #isCjk(int)} by the code point's Unicode script and block} */
    static boolean isCjkByScriptOrBlock(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.BOPOMOFO) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS
                || block == Character.UnicodeBlock.VERTICAL_FORMS;
    }

    /** {@return whether the text holds a letter or a digit} */
    static boolean hasLetterOrDigit(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /**
     * Appends a line to text that it continues: with one space between them, or with none where
     * either side of the join is CJK.
     */
    static void join(StringBuilder text, String next) {
        if (text.isEmpty()) {
            text.append(next);
            return;
        }
        int last = Character.codePointBefore(text, text.length());
        int first = next.codePointAt(0);
        if (!isCjk(last) && !isCjk(first)) {
            text.append(' ');
        }
        text.append(next);
    }

    /**
     * {@return text trimmed of spaces, with each run of spaces inside it made one ASCII space and
     * zero-width characters left out}
     */
    static String normalize(CharSequence s, int from, int to) {
        // The result is never longer than the input: each run of spaces gives at most one.
        char[] out = new char[to - from];
        int length = 0;
        boolean pendingSpace = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            // Printable ASCII first, the common case: neither a space nor zero-width.
            if ((c > ' ' && c < 0x7F) || (!isSpace(c) && !isZeroWidth(c))) {
                if (pendingSpace) {
                    out[length++] = ' ';
                    pendingSpace = false;
                }
                out[length++] = c;
            } else if (isSpace(c)) {
                pendingSpace = length > 0;
            }
        }
        return new String(out, 0, length);
    }

    /** {@return the text in double quotes, shortened with an ellipsis past 60 characters} */
    static String quote(String text) {
        int max = 60;
        if (text.codePointCount(0, text.length()) <= max) {
            return '"' + text + '"';
        }
        int end = text.offsetByCodePoints(0, max - 1);
        return '"' + text.substring(0, end) + "…\"";
    }
}
