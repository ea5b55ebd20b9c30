package io.github.broadsheet.render;

import io.github.broadsheet.model.Article;
import java.io.OutputStream;

/**
 * Turns an article into one output format. Renderers are found through
 * {@link java.util.ServiceLoader} (list the class in
 * {@code META-INF/services/io.github.broadsheet.render.ArticleRenderer}) and looked up by
 * {@linkplain OutputFormat#name() name} in a {@link RendererRegistry}, so a user's renderer on the
 * class path appears in {@code broadsheet formats} and {@code convert --to} with no other change.
 *
 * <p>Implementations have a public no-argument constructor, are immutable and thread-safe, and
 * prepare what they can (templates, fonts) once, not per document.
 *
 * @see TextRenderer for formats whose output is text
 */
public interface ArticleRenderer {

    /** {@return what this renderer produces} */
    OutputFormat format();

    /**
     * Renders an article.
     *
     * @param article the article
     * @param options the settings
     * @param out where to write; flushed, not closed
     * @return what was left out or changed
     * @throws java.io.UncheckedIOException if writing fails
     */
    RenderResult render(Article article, RenderOptions options, OutputStream out);
}
