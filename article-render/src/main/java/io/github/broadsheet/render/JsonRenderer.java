package io.github.broadsheet.render;

import io.github.broadsheet.json.ArticleJson;
import io.github.broadsheet.model.Article;
import java.io.OutputStream;
import java.io.Writer;

/** Writes the canonical JSON form ({@link ArticleJson}) as a renderer, format name {@code json}. */
public final class JsonRenderer implements TextRenderer {

    private static final OutputFormat FORMAT = OutputFormat.text("json", "application/json", "json");

    private final ArticleJson json;

    /** Creates the renderer with the standard writer; {@link java.util.ServiceLoader} calls this. */
    public JsonRenderer() {
        this(ArticleJson.standard());
    }

    /** Creates the renderer with a given writer. @param json the writer */
    public JsonRenderer(ArticleJson json) {
        this.json = json;
    }

    @Override
    public OutputFormat format() {
        return FORMAT;
    }

    /** Writes canonical JSON; the options do not change it. */
    @Override
    public RenderResult render(Article article, RenderOptions options, Writer out) {
        json.write(article, out);
        return RenderResult.clean();
    }

    /** Writes canonical JSON as UTF-8 straight from the generator. */
    @Override
    public RenderResult render(Article article, RenderOptions options, OutputStream out) {
        json.write(article, out);
        return RenderResult.clean();
    }
}
