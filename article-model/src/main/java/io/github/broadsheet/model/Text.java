package io.github.broadsheet.model;

import java.util.Objects;

/**
 * A run of plain text.
 *
 * @param text the text; not empty (it may be a single space between two other nodes)
 */
public record Text(String text) implements Inline {

    /** Checks that the text is present and not empty. */
    public Text {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("text must not be empty");
        }
    }

    @Override
    public String plainText() {
        return text;
    }
}
