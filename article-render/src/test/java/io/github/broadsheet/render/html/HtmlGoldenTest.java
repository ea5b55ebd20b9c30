package io.github.broadsheet.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.render.RenderOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins the exact output of a few fixtures, in both themes, to the files
 * {@code src/test/resources/golden/NAME.THEME.html}. After an intended change, rewrite them with
 * {@code ./mvnw -pl article-render -am test -Dtest=HtmlGoldenTest -Dbroadsheet.updateGolden=true}
 * and review the diff.
 */
class HtmlGoldenTest {

    static final Path GOLDEN = Path.of("src/test/resources/golden");
    static final boolean UPDATE = Boolean.getBoolean("broadsheet.updateGolden");

    private static final HtmlRenderer RENDERER = new HtmlRenderer();

    static Stream<Arguments> pinned() {
        return Stream.of("harbour-ferry-strike", "night-market-zh-hans", "allotment-water-rota")
                .flatMap(name -> HtmlRenderer.THEMES.stream().map(theme -> Arguments.of(name, theme)));
    }

    @ParameterizedTest(name = "{0}.{1}.html")
    @MethodSource("pinned")
    void rendersExactlyTheGoldenFile(String name, String theme) throws IOException {
        String html = RENDERER.renderToString(Fixtures.article(name), RenderOptions.builder().theme(theme).build());
        Path golden = GOLDEN.resolve(name + "." + theme + ".html");

        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, html, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file; create it with -Dbroadsheet.updateGolden=true").isRegularFile();
        assertThat(html).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
