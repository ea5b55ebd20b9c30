package io.github.broadsheet.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A hyperlink around inline content.
 *
 * <p>The target is kept as written: the model does not resolve or judge it. Renderers decide
 * which schemes they allow (the HTML renderer keeps only web, mail and relative links).
 *
 * @param href the link target; not blank
 * @param title an advisory title (an HTML {@code title} attribute), if any
 * @param content the linked nodes; at least one
 */
public record Link(String href, Optional<String> title, List<Inline> content) implements Inline, InlineContainer {

    /** Checks and copies the components. */
    public Link {
        Checks.notBlank(href, "link href");
        Checks.optionalNotBlank(title, "link title");
        content = Checks.content(content, "link");
    }

    /**
     * {@return a link with no title whose content is one plain run}
     *
     * @param href the link target, not blank
     * @param text the link text, not empty
     */
    public static Link of(String href, String text) {
        return new Link(href, Optional.empty(), List.of(new Text(text)));
    }

    /**
     * {@return a link with no title}
     *
     * @param href the link target, not blank
     * @param content the linked nodes, at least one
     */
    public static Link of(String href, Inline... content) {
        return new Link(href, Optional.empty(), List.of(content));
    }

    /** {@return a copy with the given title} @param title the title, not blank */
    public Link withTitle(String title) {
        return new Link(href, Optional.of(Objects.requireNonNull(title, "title")), content);
    }

    @Override
    public String plainText() {
        return Inline.plainText(content);
    }
}
