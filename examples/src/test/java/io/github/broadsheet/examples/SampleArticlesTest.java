package io.github.broadsheet.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.json.ArticleJson;
import io.github.broadsheet.model.Article;
import io.github.broadsheet.model.Block;
import io.github.broadsheet.model.Figure;
import io.github.broadsheet.model.Heading;
import io.github.broadsheet.model.Inline;
import io.github.broadsheet.model.InlineContainer;
import io.github.broadsheet.model.ListBlock;
import io.github.broadsheet.model.ListItem;
import io.github.broadsheet.parse.Articles;
import io.github.broadsheet.parse.Diagnostic;
import io.github.broadsheet.parse.ParseResult;
import io.github.broadsheet.parse.ParserRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The sample articles in {@code examples/samples}: what each one is there to show. */
class SampleArticlesTest {

    private static final Path SAMPLES = Path.of("examples/samples");

    static List<String> samples() throws IOException {
        return Batch.articleFiles(SAMPLES).stream().map(p -> p.getFileName().toString()).toList();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void readsWithoutWarnings(String name) {
        ParseResult result = Articles.read(SAMPLES.resolve(name));

        assertThat(result.diagnostics()).filteredOn(d -> d.severity() == Diagnostic.Severity.WARNING).isEmpty();
        assertThat(result.article().body()).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void shipsEveryImageItUsesBesideIt(String name) {
        Article article = Articles.read(SAMPLES.resolve(name)).article();

        article.body().stream().filter(Figure.class::isInstance).map(Figure.class::cast)
                .flatMap(f -> f.src().stream())
                .forEach(src -> assertThat(SAMPLES.resolve(src)).as(src).isRegularFile());
    }

    @Test
    void jsonSamplesAreCanonical() throws IOException {
        for (String name : samples()) {
            if (name.endsWith(".json")) {
                String json = Files.readString(SAMPLES.resolve(name));
                assertThat(ArticleJson.standard().write(ArticleJson.standard().read(json))).as(name).isEqualTo(json);
            }
        }
    }

    @Test
    void toolLibraryUsesEveryBlockAndInlineType() {
        Article article = Articles.read(SAMPLES.resolve("tool-library.json")).article();
        Set<Class<?>> blocks = new HashSet<>();
        Set<Class<?>> inlines = new HashSet<>();
        Set<Boolean> listKinds = new HashSet<>();
        for (Block block : article.body()) {
            blocks.add(block.getClass());
            if (block instanceof InlineContainer container) {
                collect(container.content(), inlines);
            }
            if (block instanceof ListBlock list) {
                listKinds.add(list.ordered());
                list.items().stream().map(ListItem::content).forEach(c -> collect(c, inlines));
            }
        }

        assertThat(blocks).containsExactlyInAnyOrder(Block.class.getPermittedSubclasses());
        assertThat(inlines).containsExactlyInAnyOrder(Inline.class.getPermittedSubclasses());
        assertThat(listKinds).as("ordered and unordered lists").containsExactlyInAnyOrder(true, false);
        assertThat(article.body()).filteredOn(Figure.class::isInstance).map(Figure.class::cast)
                .anyMatch(f -> f.src().isPresent())
                .anyMatch(f -> f.src().isEmpty());
    }

    @Test
    void hasAChineseStoryInPrintViewText() {
        Path file = SAMPLES.resolve("granary-night-market.txt");
        ParseResult result = Articles.read(file);

        assertThat(ParserRegistry.defaultRegistry().detect(file.toString(), new byte[0])).get()
                .extracting(p -> p.name()).isEqualTo("print-text");
        assertThat(result.article().title()).isEqualTo("临河镇旧粮仓改建成夜市 开张首晚迎来四千人");
        assertThat(result.article().authors()).containsExactly("陈雨桐", "许家明");
        assertThat(result.article().body()).hasSize(12);
    }

    @Test
    void hasAnEnglishPrintViewStoryWithPhotoCreditsAndSectionHeadings() {
        Article article = Articles.read(SAMPLES.resolve("gullhaven-ferry.txt")).article();

        assertThat(article.body()).filteredOn(Figure.class::isInstance).hasSize(2);
        assertThat(article.body()).filteredOn(Heading.class::isInstance).hasSize(2);
    }

    private static void collect(List<Inline> content, Set<Class<?>> into) {
        for (Inline inline : content) {
            into.add(inline.getClass());
            if (inline instanceof InlineContainer container) {
                collect(container.content(), into);
            }
        }
    }
}
