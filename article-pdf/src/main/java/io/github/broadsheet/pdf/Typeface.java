package io.github.broadsheet.pdf;

/**
 * The family of the article's text. Page furniture (the running header, the page footer and the
 * line under the headline) is always set in the sans-serif face.
 */
public enum Typeface {
    /** Liberation Serif (metrically compatible with Times New Roman), and Noto Serif CJK: the default, as newspapers print. */
    SERIF,
    /** Liberation Sans (metrically compatible with Arial), and Noto Sans CJK. */
    SANS
}
