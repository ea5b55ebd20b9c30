package io.github.broadsheet.model;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A bulleted or numbered list.
 *
 * @param ordered whether the items are numbered
 * @param items the items; at least one
 */
public record ListBlock(boolean ordered, List<ListItem> items) implements Block {

    /** Checks and copies the items. */
    public ListBlock {
        items = Checks.copy(items, "list items");
        if (items.isEmpty()) {
            throw new IllegalArgumentException("list must have at least one item");
        }
    }

    /** {@return a bulleted list of plain items} @param items the items' texts, at least one */
    public static ListBlock unordered(String... items) {
        return new ListBlock(false, Arrays.stream(items).map(ListItem::of).toList());
    }

    /** {@return a numbered list of plain items} @param items the items' texts, at least one */
    public static ListBlock ordered(String... items) {
        return new ListBlock(true, Arrays.stream(items).map(ListItem::of).toList());
    }

    @Override
    public String plainText() {
        return items.stream().map(ListItem::plainText).collect(Collectors.joining("\n"));
    }
}
