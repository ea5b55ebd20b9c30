package io.github.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.model.Article;
import io.github.broadsheet.parse.ParseOptions;
import io.github.broadsheet.parse.ParserRegistry;
import io.github.broadsheet.render.ArticleRenderer;
import io.github.broadsheet.render.RenderOptions;
import io.github.broadsheet.render.RendererRegistry;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The warm-up thread's guess at the formats, and that warming up leaves no trace in any output. */
class WarmupTest {

    /** The formats built into Broadsheet. */
    private static final List<String> BUILT_IN = List.of("html", "pdf", "json", "markdown", "text");

    static List<Arguments> commandLines() {
        return List.of(
                Arguments.of(List.of("convert", "a.txt", "--to", "pdf"), List.of("pdf")),
                Arguments.of(List.of("convert", "a.txt", "-t", "html,pdf", "-o", "out"), List.of("html", "pdf")),
                Arguments.of(List.of("convert", "--to=json", "a.txt"), List.of("json")),
                Arguments.of(List.of("convert", "a.txt", "-tpdf"), List.of("pdf")),
                Arguments.of(List.of("convert", "a.txt", "-t=markdown"), List.of("markdown")),
                Arguments.of(List.of("convert", "a.txt", "-t", "pdf", "--to", " pdf ,html,"), List.of("pdf", "html")),
                Arguments.of(List.of("convert", "a.txt", "--typeface", "sans", "-t", "pdf"), List.of("pdf")),
                Arguments.of(List.of("convert", "--", "-t", "pdf"), List.of()),
                Arguments.of(List.of("convert", "a.txt", "-t"), List.of()),
                Arguments.of(List.of("validate", "a.txt", "--to", "pdf"), List.of()),
                Arguments.of(List.of("--version"), List.of()),
                Arguments.of(List.of(), List.of()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("commandLines")
    void guessesTheFormatsThatConvertWillWrite(List<String> args, List<String> formats) {
        assertThat(Warmup.formats(args.toArray(String[]::new))).isEqualTo(formats);
    }

    @Test
    void parsesAndRendersItsBuiltInArticlesWithEveryBuiltInFormat() {
        assertThat(Warmup.run(BUILT_IN)).isTrue();
    }

    @Test
    void skipsFormatsNoRendererClaims() {
        assertThat(Warmup.run(List.of("no-such-format", "pdf"))).isTrue();
    }

    @Test
    void dropsWhatARendererThrows() {
        // A test plugin: it writes half its output and then throws.
        assertThat(Warmup.run(List.of("halfway"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {Fixtures.FERRY, Fixtures.NIGHT_MARKET})
    void leavesEveryOutputAsItWasWithoutAWarmUp(String fixture) {
        Article article = ParserRegistry.defaultRegistry()
                .read(new ByteArrayInputStream(Fixtures.bytes(fixture)), fixture, ParseOptions.defaults())
                .article();
        RendererRegistry renderers = RendererRegistry.defaultRegistry();
        for (String format : BUILT_IN) {
            ArticleRenderer renderer = renderers.find(format).orElseThrow();
            byte[] before = render(renderer, article);

            Warmup.run(BUILT_IN); // on this thread, so that anything it left on the thread would show

            assertThat(render(renderer, article)).as(fixture + " as " + format).isEqualTo(before);
        }
    }

    private static byte[] render(ArticleRenderer renderer, Article article) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(article, RenderOptions.defaults(), out);
        return out.toByteArray();
    }
}
