package io.github.broadsheet.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.render.RenderOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One renderer, shared by many threads at once, gives every thread the same pages. */
class ConcurrentRenderingTest {

    private static final int THREADS = 16;
    private static final int ROUNDS = 4;

    @Test
    void rendersIdenticalPagesFromManyThreadsAtOnce() throws Exception {
        List<Fixtures.Named> fixtures = Fixtures.all();
        Map<String, String> expected = renderAll(new HtmlRenderer(), fixtures, 0);
        HtmlRenderer shared = new HtmlRenderer();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<Map<String, String>>>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int offset = t;
                results.add(pool.submit(() -> {
                    start.await();
                    List<Map<String, String>> rounds = new ArrayList<>();
                    for (int round = 0; round < ROUNDS; round++) {
                        rounds.add(renderAll(shared, fixtures, offset + round));
                    }
                    return rounds;
                }));
            }
            start.countDown();
            for (Future<List<Map<String, String>>> result : results) {
                assertThat(result.get()).hasSize(ROUNDS).allSatisfy(pages -> assertThat(pages).isEqualTo(expected));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(shared.compiledTemplateSets()).as("templates compiled once per theme").isEqualTo(2);
    }

    /** Renders every fixture in both themes, starting at a different fixture on each thread. */
    private static Map<String, String> renderAll(HtmlRenderer renderer, List<Fixtures.Named> fixtures, int offset) {
        Map<String, String> pages = new HashMap<>();
        for (int i = 0; i < fixtures.size(); i++) {
            Fixtures.Named fixture = fixtures.get((i + offset) % fixtures.size());
            for (String theme : HtmlRenderer.THEMES) {
                pages.put(fixture.name() + "." + theme,
                        renderer.renderToString(fixture.article(), RenderOptions.builder().theme(theme).build()));
            }
        }
        return pages;
    }
}
