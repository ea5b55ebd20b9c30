/**
 * Broadsheet's renderer SPI and registry, and the built-in text renderers.
 *
 * @uses io.github.broadsheet.render.ArticleRenderer
 * @provides io.github.broadsheet.render.ArticleRenderer the canonical JSON form, Markdown
 *     ({@code markdown}) and plain text ({@code text})
 */
module io.github.broadsheet.render {
    requires transitive io.github.broadsheet.model;

    exports io.github.broadsheet.render;
    exports io.github.broadsheet.render.markdown;
    exports io.github.broadsheet.render.text;

    uses io.github.broadsheet.render.ArticleRenderer;

    provides io.github.broadsheet.render.ArticleRenderer with
            io.github.broadsheet.render.JsonRenderer,
            io.github.broadsheet.render.markdown.MarkdownRenderer,
            io.github.broadsheet.render.text.PlainTextRenderer;
}
