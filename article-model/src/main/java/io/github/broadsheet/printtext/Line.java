package io.github.broadsheet.printtext;

/**
 * One line of the input.
 *
 * @param number the line number, counted from 1
 * @param raw the line as written, without its line end
 * @param text the line trimmed, with each run of spaces made one ASCII space; empty for a blank line
 * @param column the column of the first character of {@code text}, counted from 1
 */
record Line(int number, String raw, String text, int column) {

    /** {@return whether the line holds nothing but spaces} */
    boolean isBlank() {
        return text.isEmpty();
    }
}
