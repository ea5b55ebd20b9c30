package io.github.broadsheet.model;

import java.util.List;

/**
 * A paragraph of body text.
 *
 * @param content the paragraph's inline content; at least one node
 */
public record Paragraph(List<Inline> content) implements Block, InlineContainer {

    /** Checks and copies the content. */
    public Paragraph {
        content = Checks.content(content, "paragraph");
    }

    /** {@return a paragraph of one plain run} @param text the text, not empty */
    public static Paragraph of(String text) {
        return new Paragraph(List.of(new Text(text)));
    }

    /** {@return a paragraph of the given inline nodes} @param content at least one node */
    public static Paragraph of(Inline... content) {
        return new Paragraph(List.of(content));
    }

    @Override
    public String plainText() {
        return InlineContainer.super.plainText();
    }
}
