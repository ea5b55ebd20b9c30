package io.github.broadsheet.model;

import java.util.List;

/**
 * One item of a {@link ListBlock}.
 *
 * @param content the item's inline content; at least one node
 */
public record ListItem(List<Inline> content) implements InlineContainer {

    /** Checks and copies the content. */
    public ListItem {
        content = Checks.content(content, "list item");
    }

    /** {@return an item of one plain run} @param text the text, not empty */
    public static ListItem of(String text) {
        return new ListItem(List.of(new Text(text)));
    }

    /** {@return an item of the given nodes} @param content at least one node */
    public static ListItem of(Inline... content) {
        return new ListItem(List.of(content));
    }
}
