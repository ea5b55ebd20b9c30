package io.github.broadsheet.model;

import java.util.List;

/**
 * Emphasized content, usually shown in italics.
 *
 * @param content the emphasized nodes; at least one
 */
public record Emphasis(List<Inline> content) implements Inline, InlineContainer {

    /** Checks and copies the content. */
    public Emphasis {
        content = Checks.content(content, "emphasis");
    }

    @Override
    public String plainText() {
        return Inline.plainText(content);
    }
}
