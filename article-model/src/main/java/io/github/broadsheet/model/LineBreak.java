package io.github.broadsheet.model;

/** A hard line break inside a paragraph, heading, quote or list item. */
public record LineBreak() implements Inline {

    /** The one line break; every {@code LineBreak} equals it. */
    public static final LineBreak INSTANCE = new LineBreak();

    @Override
    public String plainText() {
        return "\n";
    }
}
