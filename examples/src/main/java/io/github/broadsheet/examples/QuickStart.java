package io.github.broadsheet.examples;

import io.github.broadsheet.model.Article;
import io.github.broadsheet.parse.Articles;
import io.github.broadsheet.parse.Diagnostic;
import io.github.broadsheet.parse.ParseResult;
import io.github.broadsheet.render.ArticleRenderer;
import io.github.broadsheet.render.RenderOptions;
import io.github.broadsheet.render.RenderResult;
import io.github.broadsheet.render.RendererRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Quick start: read a news page saved as print-view text, and write it as an HTML page and as a
 * PDF. Run it from the repository root:
 * {@code java … io.github.broadsheet.examples.QuickStart [OUTPUT_FOLDER]} (default {@code quick-start}).
 */
public final class QuickStart {

    /** The article it reads: print-view text, as a news site's print page saves it. */
    static final Path INPUT = Path.of("examples/samples/gullhaven-ferry.txt");

    private QuickStart() {}

    /**
     * Reads the sample article and writes {@code gullhaven-ferry.html} and {@code gullhaven-ferry.pdf}.
     *
     * @param args the folder to write to (default {@code quick-start})
     * @throws IOException if the article cannot be read or a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path folder = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "quick-start"));

        Article article = read();
        System.out.println(writeHtml(article, folder));
        System.out.println(writePdf(article, folder));
    }

    /** {@return the sample article} Reading picks the parser by the file's extension, else its content. */
    static Article read() {
        ParseResult result = Articles.read(INPUT);
        // The parser reports what it dropped or guessed (page chrome, headings); warnings deserve a look.
        result.diagnostics().stream()
                .filter(d -> d.severity() == Diagnostic.Severity.WARNING)
                .forEach(System.err::println);
        return result.article();
    }

    /** {@return the HTML page written} @param article the article @param folder where */
    static Path writeHtml(Article article, Path folder) throws IOException {
        return write(RendererRegistry.defaultRegistry().expect("html"), article, folder);
    }

    /** {@return the PDF written} @param article the article @param folder where */
    static Path writePdf(Article article, Path folder) throws IOException {
        // The same call as for HTML: every output format is a renderer, looked up by name.
        return write(RendererRegistry.defaultRegistry().expect("pdf"), article, folder);
    }

    /** Renders with the default options into a file named after the input and the format's extension. */
    private static Path write(ArticleRenderer renderer, Article article, Path folder) throws IOException {
        Path file = folder.resolve("gullhaven-ferry." + renderer.format().fileExtension());
        try (OutputStream out = Files.newOutputStream(file)) {
            RenderResult result = renderer.render(article, RenderOptions.defaults(), out);
            result.warnings().forEach(w -> System.err.println(file + ": " + w)); // what the format had to leave out
        }
        return file;
    }
}
