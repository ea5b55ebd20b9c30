/**
 * Broadsheet's renderer SPI and registry, and the built-in text renderers: JSON, HTML, Markdown and plain text.
 *
 * @uses io.github.broadsheet.render.ArticleRenderer
 * @provides io.github.broadsheet.render.ArticleRenderer the canonical JSON form, HTML pages, Markdown
 *     ({@code markdown}) and plain text ({@code text})
 */
@SuppressWarnings("requires-automatic") // Mustache.java 0.9 is an automatic module
module io.github.broadsheet.render {
    requires transitive io.github.broadsheet.model;
    requires com.github.mustachejava;

    exports io.github.broadsheet.render;
    exports io.github.broadsheet.render.html;
    exports io.github.broadsheet.render.markdown;
    exports io.github.broadsheet.render.text;

    uses io.github.broadsheet.render.ArticleRenderer;

    provides io.github.broadsheet.render.ArticleRenderer with
            io.github.broadsheet.render.JsonRenderer,
            io.github.broadsheet.render.html.HtmlRenderer,
            io.github.broadsheet.render.markdown.MarkdownRenderer,
            io.github.broadsheet.render.text.PlainTextRenderer;
}
