package io.github.broadsheet.model;

import java.util.List;

/**
 * A section heading inside the body. The article's title is not a heading: it lives in
 * {@link Article#title()}, and a renderer shows body headings below it.
 *
 * @param level the level, 1 to 6, as in HTML's {@code h1}–{@code h6}
 * @param content the heading's inline content; at least one node, not blank as plain text
 */
public record Heading(int level, List<Inline> content) implements Block, InlineContainer {

    /** The smallest heading level. */
    public static final int MIN_LEVEL = 1;
    /** The largest heading level. */
    public static final int MAX_LEVEL = 6;

    /** Checks the level and copies the content. */
    public Heading {
        if (level < MIN_LEVEL || level > MAX_LEVEL) {
            throw new IllegalArgumentException(
                    "heading level must be between " + MIN_LEVEL + " and " + MAX_LEVEL + ", was " + level);
        }
        content = Checks.content(content, "heading");
        if (Inline.plainText(content).isBlank()) {
            throw new IllegalArgumentException("heading must not be blank");
        }
    }

    /**
     * {@return a heading of one plain run}
     *
     * @param level the level, 1 to 6
     * @param text the text, not blank
     */
    public static Heading of(int level, String text) {
        return new Heading(level, List.of(new Text(text)));
    }

    @Override
    public String plainText() {
        return InlineContainer.super.plainText();
    }
}
