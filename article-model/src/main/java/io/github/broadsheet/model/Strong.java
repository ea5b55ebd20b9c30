package io.github.broadsheet.model;

import java.util.List;

/**
 * Strongly emphasized content, usually shown in bold.
 *
 * @param content the emphasized nodes; at least one
 */
public record Strong(List<Inline> content) implements Inline, InlineContainer {

    /** Checks and copies the content. */
    public Strong {
        content = Checks.content(content, "strong");
    }

    @Override
    public String plainText() {
        return Inline.plainText(content);
    }
}
