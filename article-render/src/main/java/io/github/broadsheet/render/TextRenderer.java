package io.github.broadsheet.render;

import io.github.broadsheet.model.Article;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** A renderer whose output is text, written to a {@link Writer}; as bytes it is UTF-8. */
public interface TextRenderer extends ArticleRenderer {

    /**
     * Renders an article as text.
     *
     * @param article the article
     * @param options the settings
     * @param out where to write; flushed, not closed
     * @return what was left out or changed
     * @throws UncheckedIOException if writing fails
     */
    RenderResult render(Article article, RenderOptions options, Writer out);

    /** Renders as UTF-8. */
    @Override
    default RenderResult render(Article article, RenderOptions options, OutputStream out) {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        RenderResult result = render(article, options, writer);
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    /**
     * {@return the article rendered as a string, with the default options}
     *
     * @param article the article
     */
    default String renderToString(Article article) {
        return renderToString(article, RenderOptions.defaults());
    }

    /**
     * {@return the article rendered as a string}
     *
     * @param article the article
     * @param options the settings
     */
    default String renderToString(Article article, RenderOptions options) {
        StringWriter out = new StringWriter();
        render(article, options, out);
        return out.toString();
    }
}
