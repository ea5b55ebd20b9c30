package io.github.broadsheet.render.markdown;

/**
 * CommonMark's rules for emphasis delimiters ({@code *} and {@code _}), as the specification
 * (version 0.31.2, "Emphasis and strong emphasis") states them, so that the writer only puts a
 * delimiter where a reader will take it as one.
 *
 * <p>A code point may also be {@link #PUNCTUATION}: a punctuation character written next to the
 * delimiter whose identity is not known yet (the delimiter of an enclosing node, or the start of
 * the next sibling); only its class matters to the rules.
 */
final class Delimiters {

    /** Stands for "some punctuation character" where the exact one is not known yet. */
    static final int PUNCTUATION = -2;

    /** Stands for the start or end of a line, which the rules treat as whitespace. */
    static final int LINE_EDGE = '\n';

    private Delimiters() {}

    /** {@return whether a code point is Unicode whitespace as CommonMark defines it} @param cp the code point */
    static boolean isWhitespace(int cp) {
        return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\f' || cp == '\r'
                || (cp >= 0 && Character.getType(cp) == Character.SPACE_SEPARATOR);
    }

    /** {@return whether a code point is Unicode punctuation (categories P and S) as CommonMark defines it} */
    static boolean isPunctuation(int cp) {
        if (cp == PUNCTUATION) {
            return true;
        }
        if (cp < 0) {
            return false;
        }
        return switch (Character.getType(cp)) {
            case Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
                    Character.CONNECTOR_PUNCTUATION, Character.OTHER_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL,
                    Character.OTHER_SYMBOL -> true;
            default -> cp < 0x80 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(cp) >= 0;
        };
    }

    private static boolean leftFlanking(int before, int after) {
        return !isWhitespace(after) && (!isPunctuation(after) || isWhitespace(before) || isPunctuation(before));
    }

    private static boolean rightFlanking(int before, int after) {
        return !isWhitespace(before) && (!isPunctuation(before) || isWhitespace(after) || isPunctuation(after));
    }

    /**
     * {@return whether a run of a delimiter can open emphasis between two code points}
     *
     * @param delimiter {@code '*'} or {@code '_'}
     * @param before the code point before the run
     * @param after the code point after the run
     */
    static boolean canOpen(char delimiter, int before, int after) {
        boolean left = leftFlanking(before, after);
        return delimiter == '*' ? left : left && (!rightFlanking(before, after) || isPunctuation(before));
    }

    /**
     * {@return whether a run of a delimiter can close emphasis between two code points}
     *
     * @param delimiter {@code '*'} or {@code '_'}
     * @param before the code point before the run
     * @param after the code point after the run
     */
    static boolean canClose(char delimiter, int before, int after) {
        boolean right = rightFlanking(before, after);
        return delimiter == '*' ? right : right && (!leftFlanking(before, after) || isPunctuation(after));
    }
}
