package io.github.broadsheet.printtext;

/** The section heading rule. */
final class Headings {

    /** Sentence punctuation: a line that ends in one of these is a sentence, not a heading. */
    static final String SENTENCE_END = ".!?;:,…。！？；：，、";

    /** Closing quotes and brackets, looked through to find how a line ends: {@code ."} ends a sentence. */
    private static final String CLOSERS = "\"'”’»」』)]）】〉》";

    private Headings() {}

    /** {@return whether the text ends in sentence punctuation, looking through closing quotes and brackets} */
    static boolean endsSentence(String text) {
        int i = text.length();
        while (i > 0 && (CLOSERS.indexOf(text.charAt(i - 1)) >= 0 || text.charAt(i - 1) == ' ')) {
            i--;
        }
        return i > 0 && SENTENCE_END.indexOf(text.charAt(i - 1)) >= 0;
    }

    /**
     * {@return whether one line of text is short enough and shaped like a heading}: at most
     * {@code maxWords} words and {@code maxLength} characters (code points), a letter or digit in
     * it, and no sentence punctuation at its end. Whether it stands alone and is followed by body
     * text is for the caller to say.
     */
    static boolean looksLikeHeading(String text, int maxWords, int maxLength) {
        if (maxWords == 0 || text.length() > 2 * maxLength
                || text.codePointCount(0, text.length()) > maxLength) {
            return false;
        }
        int words = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' ' && ++words > maxWords) {
                return false;
            }
        }
        return Chars.hasLetterOrDigit(text) && !endsSentence(text);
    }
}
