package io.github.broadsheet.examples;

import io.github.broadsheet.model.Article;
import io.github.broadsheet.parse.Articles;
import io.github.broadsheet.render.RenderOptions;
import io.github.broadsheet.render.RenderResult;
import io.github.broadsheet.render.html.HtmlRenderer;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders a sample article as a print view in which one template is your own:
 * {@code examples/templates/credit-first/figure.mustache} replaces the theme's figure, and every
 * other template stays as it was. Run it from the repository root:
 * {@code java … io.github.broadsheet.examples.HtmlWithOwnTemplate [INPUT.json [OUTPUT.html]]}.
 */
public final class HtmlWithOwnTemplate {

    private HtmlWithOwnTemplate() {}

    /**
     * Renders the article.
     *
     * @param args the input article (default {@code examples/samples/tool-library.json}) and the page
     *     to write (default {@code tool-library.html})
     * @throws IOException if the input cannot be read or the page cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path input = Path.of(args.length > 0 ? args[0] : "examples/samples/tool-library.json");
        Path output = Path.of(args.length > 1 ? args[1] : "tool-library.html");

        Article article = Articles.read(input).article();
        RenderOptions options = RenderOptions.builder()
                .theme("print")                                                  // or "article"
                .templateDirectory(Path.of("examples/templates/credit-first"))   // figure.mustache replaces the theme's
                .baseUrl(input.toAbsolutePath().getParent().toUri())             // images/… resolve next to the input
                .build();
        HtmlRenderer html = new HtmlRenderer();                                  // thread-safe: make one, keep it
        try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            RenderResult result = html.render(article, options, out);
            result.warnings().forEach(w -> System.err.println(input + ": " + w)); // body[3].content[1]: dropped …
        }
    }
}
