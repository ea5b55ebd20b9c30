package io.github.broadsheet.examples;

import io.github.broadsheet.model.Article;
import io.github.broadsheet.parse.Articles;
import io.github.broadsheet.pdf.ImageResolver;
import io.github.broadsheet.pdf.PdfRenderer;
import io.github.broadsheet.render.ArticleRenderer;
import io.github.broadsheet.render.RenderOptions;
import io.github.broadsheet.render.RendererRegistry;
import io.github.broadsheet.render.RenderResult;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The README's demo: renders every sample article as a web page, as a print view and as a PDF
 * into one folder, with an {@code index.html} that links them, and prints that folder's path on
 * standard output (what it wrote goes to standard error). {@code ./mvnw -B -q -pl examples -am
 * package -DskipTests exec:java} runs it, writing to {@code examples/target/demo}.
 *
 * <p>Run it as {@code java … io.github.broadsheet.examples.Demo [OUTPUT_FOLDER [SAMPLES_FOLDER]]}
 * (defaults {@code examples/target/demo} and {@code examples/samples}).
 */
public final class Demo {

    private Demo() {}

    /**
     * One sample article and the files written for it.
     *
     * @param name the sample's file name without its extension
     * @param article the article
     * @param files the file names written, such as {@code tide-mill.html}
     */
    record Rendered(String name, Article article, List<String> files) {}

    /**
     * Renders the samples.
     *
     * @param args the folder to write to and the folder of sample articles
     * @throws IOException if a sample cannot be read or a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "examples/target/demo").toAbsolutePath().normalize();
        Path samples = Path.of(args.length > 1 ? args[1] : "examples/samples");
        List<Rendered> rendered = render(samples, out);
        System.err.println("wrote " + rendered.stream().mapToInt(r -> r.files().size()).sum() + " files for "
                + rendered.size() + " sample articles; open index.html in a browser");
        System.out.println(out);
    }

    /**
     * {@return what was written for each sample} Renders every article file in {@code samples} into
     * {@code out}, copies the images they use, and writes {@code index.html}.
     *
     * @param samples the folder of sample articles
     * @param out where to write; created if missing
     * @throws IOException if a sample cannot be read or a file cannot be written
     */
    static List<Rendered> render(Path samples, Path out) throws IOException {
        Files.createDirectories(out);
        RendererRegistry renderers = RendererRegistry.defaultRegistry();
        ArticleRenderer html = renderers.expect("html");
        // The PDF renderer reads images itself: relative paths are resolved in the samples folder.
        ArticleRenderer pdf = ((PdfRenderer) renderers.expect("pdf")).withImageResolver(ImageResolver.standard(samples));
        // Images are referenced relatively (images/tool-wall.png): copied next to the pages, they keep working.
        copyFolder(samples.resolve("images"), out.resolve("images"));

        List<Rendered> rendered = new ArrayList<>();
        for (Path file : Batch.articleFiles(samples)) {
            String name = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
            Article article = withLanguage(Articles.read(file).article());
            List<String> files = new ArrayList<>();
            files.add(write(html, article, RenderOptions.defaults(), out, name + ".html"));
            files.add(write(html, article, RenderOptions.builder().theme("print").build(), out, name + ".print.html"));
            files.add(write(pdf, article, RenderOptions.defaults(), out, name + ".pdf"));
            System.err.println(file + " → " + String.join(", ", files));
            rendered.add(new Rendered(name, article, List.copyOf(files)));
        }
        Files.writeString(out.resolve("index.html"), index(rendered));
        return rendered;
    }

    /**
     * {@return the article, in Chinese if it has no language and its title is Chinese} Print-view
     * text does not say its language; labels and dates ("图：", "2026年5月16日") follow it.
     */
    private static Article withLanguage(Article article) {
        boolean han = article.title().codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        return article.language().isEmpty() && han ? article.withLanguage(Optional.of(Locale.CHINESE)) : article;
    }

    private static String write(ArticleRenderer renderer, Article article, RenderOptions options, Path folder,
            String fileName) throws IOException {
        try (OutputStream stream = Files.newOutputStream(folder.resolve(fileName))) {
            RenderResult result = renderer.render(article, options, stream);
            result.warnings().forEach(w -> System.err.println(fileName + ": " + w));
        }
        return fileName;
    }

    /** {@return a page that links every file written} */
    private static String index(List<Rendered> rendered) {
        StringBuilder page = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Broadsheet demo</title>
                <style>body { font: 17px/1.5 system-ui, sans-serif; max-width: 42rem; margin: 2rem auto; padding: 0 1rem; }
                li { margin-bottom: .6rem; } a { margin-right: .8rem; }</style>
                </head>
                <body>
                <h1>Broadsheet demo</h1>
                <p>Every sample article of <code>examples/samples</code>, rendered by the Broadsheet renderers.</p>
                <ul>
                """);
        for (Rendered r : rendered) {
            page.append("<li><strong>").append(escape(r.article().title())).append("</strong><br>");
            for (String file : r.files()) {
                page.append("<a href=\"").append(escape(file)).append("\">").append(escape(file)).append("</a>");
            }
            page.append("</li>\n");
        }
        return page.append("</ul>\n</body>\n</html>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(from)) {
            walk.forEach(source -> {
                try {
                    Path target = to.resolve(from.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
