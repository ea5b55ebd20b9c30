package io.github.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.model.Article;
import io.github.broadsheet.render.markdown.MarkdownRenderer;
import io.github.broadsheet.render.text.PlainTextRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: the Markdown and text of two fixtures, checked by eye once and kept under
 * {@code src/test/resources/golden/}, must come out byte for byte. A change to the layout shows up
 * here as a diff to review; the other tests say whether it is still correct.
 */
class GoldenFileTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    static Stream<Arguments> goldenFiles() {
        RenderOptions narrow = RenderOptions.builder().textWidth(36).build();
        return Stream.of(
                Arguments.of("harbour-ferry-strike.txt", "harbour-ferry-strike.json", new PlainTextRenderer(), RenderOptions.defaults()),
                Arguments.of("night-market-zh-hans.36.txt", "night-market-zh-hans.json", new PlainTextRenderer(), narrow),
                Arguments.of("harbour-ferry-strike.md", "harbour-ferry-strike.json", new MarkdownRenderer(), RenderOptions.defaults()),
                Arguments.of("night-market-zh-hans.md", "night-market-zh-hans.json", new MarkdownRenderer(), RenderOptions.defaults()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenFiles")
    void rendersTheFixtureAsItsGoldenFile(String golden, String fixture, TextRenderer renderer, RenderOptions options)
            throws IOException {
        Article article = Fixtures.read(fixture);
        String expected = Files.readString(GOLDEN.resolve(golden), StandardCharsets.UTF_8);

        assertThat(renderer.renderToString(article, options)).as("%s rendered by %s", fixture, renderer).isEqualTo(expected);
    }
}
