package io.github.broadsheet.printtext;

/**
 * One line of the input. It keeps its place in the input rather than a copy of it, so that a
 * parse holds the input once plus the normalised text of each line.
 *
 * @param number the line number, counted from 1
 * @param input the whole input
 * @param start where the line starts in the input
 * @param end where the line ends in the input, before its line end
 * @param text the line trimmed, with each run of spaces made one ASCII space; empty for a blank line
 * @param column the column of the first character of {@code text}, counted from 1
 */
record Line(int number, String input, int start, int end, String text, int column) {

    /** {@return the line as written, without its line end} */
    String raw() {
        return input.substring(start, end);
    }

    /** {@return whether the line holds nothing but spaces} */
    boolean isBlank() {
        return text.isEmpty();
    }

    /** {@return the line number and text, not the whole input} */
    @Override
    public String toString() {
        return "Line[" + number + ":" + column + " " + Chars.quote(text) + "]";
    }
}
