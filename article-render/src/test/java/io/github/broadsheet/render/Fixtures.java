package io.github.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.broadsheet.json.ArticleJson;
import io.github.broadsheet.model.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The canonical JSON fixtures of the model module and the seed's expected article, read at test
 * time. Surefire runs in the module directory, so they are at {@code ../article-model/...} and
 * {@code ../../shared/seeds/...}; the seed is skipped (a JUnit assumption) where it is absent.
 */
public final class Fixtures {

    /** The model module's canonical JSON fixtures. */
    public static final Path MODEL_FIXTURES = Path.of("../article-model/src/test/resources/json");
    /** The expected articles of the print-view text parser's fixtures. */
    public static final Path PRINT_TEXT_FIXTURES = Path.of("../article-model/src/test/resources/printtext");
    /** The expected parse of the reference input. */
    public static final Path SEED = Path.of("../../shared/seeds/000_5ae52f0738207d1a.expected.json");

    private Fixtures() {}

    /**
     * {@return every fixture file: the model's JSON fixtures, the print-view parser's expected
     * articles, then the seed} Name the cases with {@link #name(Path)}.
     */
    public static List<Path> files() {
        List<Path> files = new ArrayList<>(list(MODEL_FIXTURES, 5));
        files.addAll(list(PRINT_TEXT_FIXTURES, 12));
        files.add(SEED);
        return files;
    }

    /** {@return the JSON files of a folder, sorted} @param folder the folder @param atLeast how many must be there */
    public static List<Path> list(Path folder, int atLeast) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> listing = Files.list(folder)) {
            listing.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the fixtures in " + folder.toAbsolutePath(), e);
        }
        assertThat(files).as("fixtures in %s", folder.toAbsolutePath()).hasSizeGreaterThanOrEqualTo(atLeast);
        return files;
    }

    /** {@return a test case's name for a fixture: its file name} @param file the fixture */
    public static String name(Path file) {
        return file.getFileName().toString();
    }

    /**
     * {@return the article of a fixture file}; skips the test when the file is the seed and absent
     *
     * @param file the file
     */
    public static Article read(Path file) {
        assumeTrue(Files.exists(file), () -> file + " is not here");
        return ArticleJson.standard().parse(file).article();
    }

    /** {@return the article of a model fixture} @param name its file name, such as {@code harbour-ferry-strike.json} */
    public static Article read(String name) {
        return read(MODEL_FIXTURES.resolve(name));
    }
}
