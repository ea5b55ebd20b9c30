package io.github.broadsheet.pdf;

/**
 * The family of the article's text. Page furniture (the running header, the page footer and the
 * line under the headline) is always set in Liberation Sans; CJK characters everywhere in a
 * document are set in the Noto CJK family of this typeface, so that a document embeds at most two
 * CJK fonts (each subset weighs about 200 KB whatever it holds).
 */
public enum Typeface {
    /** Liberation Serif (metrically compatible with Times New Roman), and Noto Serif CJK: the default, as newspapers print. */
    SERIF,
    /** Liberation Sans (metrically compatible with Arial), and Noto Sans CJK. */
    SANS
}
