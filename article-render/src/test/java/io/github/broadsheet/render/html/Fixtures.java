package io.github.broadsheet.render.html;

import io.github.broadsheet.json.ArticleJson;
import io.github.broadsheet.model.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The articles the HTML tests render, read at test time: the model's canonical JSON fixtures, the
 * print-view parser's expected articles, the seed's expected article (when {@code ../shared/seeds} is there), and this module's own originals
 * in {@code src/test/resources/html/articles}. Paths are relative to the module folder, where
 * Surefire runs.
 */
final class Fixtures {

    static final Path SEED = io.github.broadsheet.render.Fixtures.SEED;
    static final Path OWN = Path.of("src/test/resources/html/articles");
    static final Path HOSTILE = Path.of("src/test/resources/html/hostile");

    /** A named article. */
    record Named(String name, Article article) {
        @Override
        public String toString() {
            return name;
        }
    }

    private Fixtures() {}

    /** {@return every fixture article, named after its file} */
    static List<Named> all() {
        // The module's shared fixture list (model, print-text, seed), then this package's own articles.
        List<Named> all = new ArrayList<>(io.github.broadsheet.render.Fixtures.files().stream()
                .filter(Files::isRegularFile) // the seed only where ../shared is
                .map(Fixtures::named).toList());
        all.addAll(read(OWN));
        return all;
    }

    /** {@return the articles of a folder, by file name} @param folder the folder */
    static List<Named> read(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().map(Fixtures::named).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@return an article read from a file and named after it} @param file a canonical JSON file */
    static Named named(Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.json$", "");
        try {
            return new Named(name, ArticleJson.standard().read(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@return one fixture by name} @param name the file name without {@code .json} */
    static Article article(String name) {
        return all().stream().filter(n -> n.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no fixture " + name)).article();
    }

    /** {@return every fixture in both themes, as test arguments (name, theme, article)} */
    static Stream<Arguments> inBothThemes() {
        return all().stream().flatMap(n -> HtmlRenderer.THEMES.stream()
                .map(theme -> Arguments.of(n.name(), theme, n.article())));
    }
}
