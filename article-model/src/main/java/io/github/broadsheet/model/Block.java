package io.github.broadsheet.model;

/**
 * One block of an article's body. The set is closed, so a renderer's {@code switch} over a block
 * must handle every kind, and adding a kind is a compile error wherever it is forgotten.
 */
public sealed interface Block permits Paragraph, Heading, Figure, Quote, ListBlock {

    /**
     * {@return the block's text as plain text}: a paragraph's, heading's or quote's content, a
     * list's items one per line, a figure's caption and credit separated by a space (its alt text
     * describes the image and is not part of the text)
     */
    String plainText();
}
