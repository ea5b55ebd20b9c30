package io.github.broadsheet.render.text;

import io.github.broadsheet.model.Article;
import io.github.broadsheet.render.Labels;
import io.github.broadsheet.render.OutputFormat;
import io.github.broadsheet.render.RenderOptions;
import io.github.broadsheet.render.RenderResult;
import io.github.broadsheet.render.TextRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes an article as readable plain text, format name {@code text}, wrapped at
 * {@link RenderOptions#textWidth()} columns:
 * {@snippet lang=text :
 * Harbour ferries stand idle as deckhands walk out
 * ================================================
 *
 * Commuters on the north shore face a second morning without boats
 *
 * The Coastal Courier · By Mara Lindqvist and Tomás Ó Briain · 14 March
 * 2026, 06:45 UTC+01:00
 *
 * No ferry left the north pier on Saturday as deckhands stayed away for a
 * second day, ...
 * }
 *
 * <p>The title is underlined with {@code =} and body headings with {@code -}, to their width;
 * blocks are separated by a blank line. Emphasis is dropped; a link is its text followed by its
 * target in angle brackets ({@code union's website <https://…>}), unless the text is the target. A
 * figure is its caption (or its alt text) with the credit on a line of its own in brackets,
 * {@code [Photo: NAME]}; quotes are indented four spaces with the attribution under them; list
 * items start with {@code - } or {@code 1. } and wrap under their first word. Labels and dates are
 * in the options' locale, else the article's language.
 *
 * <p>Lines are wrapped by display width: CJK characters and emoji take two columns and CJK text
 * breaks between any two characters, but not before closing punctuation nor after opening
 * punctuation. Latin words are not broken, unless a word alone is wider than the line; only a link
 * target is never broken, and may stand wider than the line. Runs of whitespace become one space;
 * control characters become visible symbols (a warning says so). Lines have no trailing spaces.
 *
 * <p>Immutable and thread-safe.
 */
public final class PlainTextRenderer implements TextRenderer {

    private static final OutputFormat FORMAT = OutputFormat.text("text", "text/plain", "txt");

    /** Creates the renderer; {@link java.util.ServiceLoader} calls this. */
    public PlainTextRenderer() {}

    @Override
    public OutputFormat format() {
        return FORMAT;
    }

    /**
     * Writes the article as plain text.
     *
     * @return a warning for each part of the article where control characters were replaced
     */
    @Override
    public RenderResult render(Article article, RenderOptions options, Writer out) {
        PlainTextWriter writer = new PlainTextWriter(Labels.forArticle(article, options), options.textWidth());
        String text = writer.write(article);
        try {
            out.write(text);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the text of \"" + article.title() + "\"", e);
        }
        return new RenderResult(writer.warnings());
    }

    @Override
    public String toString() {
        return "PlainTextRenderer";
    }
}
