package io.github.broadsheet.model;

import java.util.List;

/**
 * A node that holds inline content: paragraphs, headings, quotes, list items, and the inline
 * containers {@link Emphasis}, {@link Strong} and {@link Link}.
 */
public interface InlineContainer {

    /** {@return the inline content, never empty} */
    List<Inline> content();

    /**
     * {@return the content as plain text}: the concatenation of the plain text of every inline
     * node, with a line break as {@code "\n"} and all markup dropped.
     */
    default String plainText() {
        return Inline.plainText(content());
    }

    /**
     * {@return whether the content is one plain {@link Text} run} Such content is written as a
     * plain {@code "text"} string in the JSON form.
     */
    default boolean isPlain() {
        List<Inline> content = content();
        return content.size() == 1 && content.get(0) instanceof Text;
    }
}
