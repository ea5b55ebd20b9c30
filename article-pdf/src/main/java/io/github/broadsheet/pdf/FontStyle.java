package io.github.broadsheet.pdf;

/** Regular, bold, italic or both: which face of a family a run of text is set in. */
enum FontStyle {
    REGULAR("Regular"),
    BOLD("Bold"),
    ITALIC("Italic"),
    BOLD_ITALIC("BoldItalic");

    private final String suffix;

    FontStyle(String suffix) {
        this.suffix = suffix;
    }

    /** {@return the suffix of the Liberation file name, such as {@code BoldItalic}} */
    String suffix() {
        return suffix;
    }

    boolean bold() {
        return this == BOLD || this == BOLD_ITALIC;
    }

    boolean italic() {
        return this == ITALIC || this == BOLD_ITALIC;
    }

    /** {@return this style with bold added} */
    FontStyle withBold() {
        return italic() ? BOLD_ITALIC : BOLD;
    }

    /** {@return this style with italic added} */
    FontStyle withItalic() {
        return bold() ? BOLD_ITALIC : ITALIC;
    }
}
