package io.github.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.model.Article;
import io.github.broadsheet.render.markdown.MarkdownRenderer;
import io.github.broadsheet.render.text.PlainTextRenderer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The Markdown and text renderers as the registry finds them, and shared between threads. */
class BuiltInRenderersTest {

    static Stream<TextRenderer> renderers() {
        return Stream.of(new MarkdownRenderer(), new PlainTextRenderer());
    }

    @Test
    void findsTheMarkdownAndTextRenderersThroughServiceLoader() {
        RendererRegistry registry = RendererRegistry.load();

        assertThat(registry.expect("markdown")).isInstanceOf(MarkdownRenderer.class);
        assertThat(registry.expect("text")).isInstanceOf(PlainTextRenderer.class);
        assertThat(registry.expect("markdown").format()).isEqualTo(new OutputFormat("markdown", "text/markdown", "md", false));
        assertThat(registry.expect("text").format()).isEqualTo(new OutputFormat("text", "text/plain", "txt", false));
        assertThat(RendererRegistry.defaultRegistry().find("TEXT")).containsInstanceOf(PlainTextRenderer.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderers")
    void writesTheSameUtf8ToAStreamAsToAString(TextRenderer renderer) {
        Article article = Fixtures.read("night-market-zh-hans.json");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        renderer.render(article, RenderOptions.defaults(), bytes);

        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(renderer.renderToString(article)).contains("夜市");
    }

    /** One renderer, eight threads, every fixture many times over: each output equals the one from a single thread. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("renderers")
    void oneInstanceRendersTheSameOnManyThreads(TextRenderer renderer) throws Exception {
        List<Article> articles = new ArrayList<>();
        for (Path file : Fixtures.files()) {
            if (file.toFile().exists()) {
                articles.add(Fixtures.read(file));
            }
        }
        HostileArticles generated = new HostileArticles(42);
        for (int i = 0; i < 20; i++) {
            articles.add(generated.article());
        }
        RenderOptions narrow = RenderOptions.builder().textWidth(30).build();
        List<String> expected = articles.stream().map(a -> renderer.renderToString(a, narrow)).toList();

        List<Callable<List<String>>> tasks = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            tasks.add(() -> {
                List<String> outputs = new ArrayList<>();
                for (int round = 0; round < 10; round++) {
                    articles.forEach(a -> outputs.add(renderer.renderToString(a, narrow)));
                }
                return outputs;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (Future<List<String>> result : pool.invokeAll(tasks)) {
                List<String> outputs = result.get();
                for (int i = 0; i < outputs.size(); i++) {
                    assertThat(outputs.get(i)).isEqualTo(expected.get(i % articles.size()));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
