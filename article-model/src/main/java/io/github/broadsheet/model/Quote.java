package io.github.broadsheet.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A quotation set apart from the body text (a block quote or pull quote).
 *
 * @param content the quoted inline content; at least one node
 * @param attribution who said or wrote it, if known
 */
public record Quote(List<Inline> content, Optional<String> attribution) implements Block, InlineContainer {

    /** Checks and copies the components. */
    public Quote {
        content = Checks.content(content, "quote");
        Checks.optionalNotBlank(attribution, "quote attribution");
    }

    /** {@return an unattributed quote of one plain run} @param text the text, not empty */
    public static Quote of(String text) {
        return new Quote(List.of(new Text(text)), Optional.empty());
    }

    /**
     * {@return an attributed quote of one plain run}
     *
     * @param text the quoted text, not empty
     * @param attribution who said it, not blank
     */
    public static Quote of(String text, String attribution) {
        return new Quote(List.of(new Text(text)), Optional.of(Objects.requireNonNull(attribution, "attribution")));
    }

    @Override
    public String plainText() {
        return InlineContainer.super.plainText();
    }
}
