package io.github.broadsheet.model;

import java.util.List;

/**
 * Inline content: a run of {@link Text}, {@link Emphasis}, {@link Strong}, a {@link Link}, or a
 * {@link LineBreak}. The set is closed so that a renderer's {@code switch} over it is checked for
 * exhaustiveness by the compiler.
 */
public sealed interface Inline permits Text, Emphasis, Strong, Link, LineBreak {

    /** {@return this node's plain text}: markup dropped, a line break as {@code "\n"} */
    String plainText();

    /** {@return a plain text run} @param text the text, not empty */
    static Text text(String text) {
        return new Text(text);
    }

    /** {@return emphasized content} @param content the emphasized nodes, at least one */
    static Emphasis emphasis(Inline... content) {
        return new Emphasis(List.of(content));
    }

    /** {@return an emphasized plain run} @param text the text, not empty */
    static Emphasis emphasis(String text) {
        return new Emphasis(List.of(new Text(text)));
    }

    /** {@return strongly emphasized content} @param content the nodes, at least one */
    static Strong strong(Inline... content) {
        return new Strong(List.of(content));
    }

    /** {@return a strongly emphasized plain run} @param text the text, not empty */
    static Strong strong(String text) {
        return new Strong(List.of(new Text(text)));
    }

    /**
     * {@return a link whose content is one plain run}
     *
     * @param href the link target, not blank
     * @param text the link text, not empty
     */
    static Link link(String href, String text) {
        return Link.of(href, text);
    }

    /** {@return the line break} */
    static LineBreak lineBreak() {
        return LineBreak.INSTANCE;
    }

    /** {@return the plain text of a sequence of inline nodes} @param content the nodes */
    static String plainText(List<? extends Inline> content) {
        if (content.size() == 1) {
            return content.get(0).plainText();
        }
        StringBuilder out = new StringBuilder();
        for (Inline inline : content) {
            out.append(inline.plainText());
        }
        return out.toString();
    }
}
