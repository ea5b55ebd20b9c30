package io.github.broadsheet.examples;

import io.github.broadsheet.model.Article;
import io.github.broadsheet.parse.Articles;
import io.github.broadsheet.render.ArticleRenderer;
import io.github.broadsheet.render.RenderOptions;
import io.github.broadsheet.render.RendererRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Uses a renderer of our own, {@link RssItemRenderer}, exactly as a built-in one: it is not named
 * in this code, only its format {@code rss-item}, and {@link java.util.ServiceLoader} finds it
 * through {@code META-INF/services/io.github.broadsheet.render.ArticleRenderer}. Run it from the
 * repository root: {@code java … io.github.broadsheet.examples.CustomRenderer [OUTPUT_FOLDER]}.
 */
public final class CustomRenderer {

    private CustomRenderer() {}

    /**
     * Writes {@code tide-mill.xml}, the RSS item of a sample article.
     *
     * @param args the folder to write to (default: the current folder)
     * @throws IOException if the article cannot be read or the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path folder = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "."));
        Article article = Articles.read(Path.of("examples/samples/tide-mill.json")).article();

        // Every renderer on the class path, ours included; expect() names the known formats if it is missing.
        ArticleRenderer rss = RendererRegistry.load().expect("rss-item");
        Path file = folder.resolve("tide-mill." + rss.format().fileExtension());
        try (OutputStream out = Files.newOutputStream(file)) {
            rss.render(article, RenderOptions.defaults(), out).warnings().forEach(System.err::println);
        }
        System.out.println(file);
    }
}
