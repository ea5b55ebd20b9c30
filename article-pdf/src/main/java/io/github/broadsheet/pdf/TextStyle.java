package io.github.broadsheet.pdf;

import java.awt.Color;

/**
 * How a run of text looks.
 *
 * @param typeface the family
 * @param style regular, bold, italic or both
 * @param size the size in points
 * @param color the colour
 * @param underline whether it is underlined
 */
record TextStyle(Typeface typeface, FontStyle style, float size, Color color, boolean underline) {

    TextStyle bold() {
        return new TextStyle(typeface, style.withBold(), size, color, underline);
    }

    TextStyle italic() {
        return new TextStyle(typeface, style.withItalic(), size, color, underline);
    }

    TextStyle withColor(Color c) {
        return new TextStyle(typeface, style, size, c, underline);
    }

    TextStyle withUnderline(boolean u) {
        return new TextStyle(typeface, style, size, color, u);
    }
}
