package io.github.broadsheet.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.model.Article;
import io.github.broadsheet.model.Block;
import io.github.broadsheet.model.Heading;
import io.github.broadsheet.model.ListBlock;
import io.github.broadsheet.model.Paragraph;
import io.github.broadsheet.model.Quote;
import io.github.broadsheet.render.Fixtures;
import io.github.broadsheet.render.HostileArticles;
import io.github.broadsheet.render.Labels;
import io.github.broadsheet.render.RenderOptions;
import io.github.broadsheet.render.markdown.MarkdownStructure.Expected;
import io.github.broadsheet.render.markdown.MarkdownStructure.Md;
import io.github.broadsheet.render.markdown.MarkdownStructure.MdHeading;
import io.github.broadsheet.render.markdown.MarkdownStructure.MdList;
import io.github.broadsheet.render.markdown.MarkdownStructure.MdParagraph;
import io.github.broadsheet.render.markdown.MarkdownStructure.MdQuote;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the Markdown of every fixture and of a few hundred hostile generated articles back with
 * commonmark-java and a YAML parser, and checks that the reader gets the article: the blocks in
 * order, every character of text with the emphasis, strong emphasis and link around it, link
 * targets and titles, and the metadata in the front matter.
 */
class MarkdownRoundTripTest {

    /** Generated articles per run, 300 unless {@code -Dbroadsheet.generated=N} asks for a longer search. */
    private static final int GENERATED = Integer.getInteger("broadsheet.generated", 300);
    private static final long SEED = 0x6D61726B646F776EL; // "markdown"

    private static final YAMLMapper YAML = new YAMLMapper();

    static Stream<Named<Path>> fixtures() {
        return Fixtures.files().stream().map(f -> Named.of(Fixtures.name(f), f));
    }

    static IntStream seeds() {
        return IntStream.range(0, GENERATED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void commonMarkReadsEveryFixtureBack(Path file) {
        assertReadsBack(Fixtures.read(file), new MarkdownRenderer());
    }

    @ParameterizedTest(name = "generated article {0}")
    @MethodSource("seeds")
    void commonMarkReadsHostileArticlesBack(int index) {
        assertReadsBack(new HostileArticles(SEED + index).article(), new MarkdownRenderer());
    }

    /** {@return every tenth seed: enough for the body alone, which is written the same way} */
    static IntStream everyTenthSeed() {
        return IntStream.range(0, GENERATED).filter(i -> i % 10 == 0);
    }

    @ParameterizedTest(name = "generated article {0}")
    @MethodSource("everyTenthSeed")
    void commonMarkReadsTheBodyBackWithoutHeaderOrFrontMatter(int index) {
        assertReadsBack(new HostileArticles(SEED + index).article(),
                MarkdownRenderer.builder().header(false).frontMatter(false).build());
    }

    static void assertReadsBack(Article article, MarkdownRenderer renderer) {
        String markdown = renderer.renderToString(article);
        String body = markdown;
        if (renderer.frontMatter()) {
            assertThat(markdown).startsWith("---\n");
            int end = markdown.indexOf("\n---\n");
            assertThat(end).as("end of front matter in%n%s", markdown).isPositive();
            assertFrontMatter(article, markdown.substring(4, end + 1), markdown);
            body = markdown.substring(end + 5);
        }

        List<Md> read = MarkdownStructure.parse(body);
        List<Expected> expected = MarkdownStructure.expected(article,
                Labels.forArticle(article, RenderOptions.defaults()), renderer.header());

        assertThat(read).as("what CommonMark reads from:%n%s", markdown)
                .isEqualTo(expected.stream().map(Expected::block).toList());
        for (int i = 0; i < expected.size(); i++) {
            if (expected.get(i).source().isPresent()) {
                assertPlainText(expected.get(i).source().get(), read.get(i), markdown);
            }
        }
    }

    /** The plain text a reader gets from a block of text is the block's own plain text. */
    private static void assertPlainText(Block block, Md read, String markdown) {
        String expected = MarkdownStructure.readable(block.plainText());
        String actual = switch (read) {
            case MdParagraph p when block instanceof Paragraph -> MarkdownStructure.plainText(p.text());
            case MdHeading h when block instanceof Heading -> MarkdownStructure.plainText(h.text());
            case MdList l when block instanceof ListBlock -> MarkdownStructure.plainText(l);
            case MdQuote q when block instanceof Quote quote -> {
                if (MarkdownStructure.onlyLineBreaks(quote.content())) {
                    expected = "";
                    yield "";
                }
                yield MarkdownStructure.plainText(((MdParagraph) q.blocks().get(0)).text());
            }
            default -> throw new AssertionError("no " + block.getClass().getSimpleName() + " where " + read + " is");
        };
        if (block instanceof ListBlock list) { // an item of only line breaks is written empty
            expected = String.join("\n", list.items().stream()
                    .map(item -> MarkdownStructure.onlyLineBreaks(item.content()) ? "" : item.plainText())
                    .map(MarkdownStructure::readable).toList());
        }
        assertThat(actual).as("plain text of %s in%n%s", block, markdown).isEqualTo(expected);
    }

    private static void assertFrontMatter(Article article, String yaml, String markdown) {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("title", article.title());
        article.subtitle().ifPresent(v -> expected.put("subtitle", v));
        article.source().ifPresent(v -> expected.put("source", v));
        if (!article.authors().isEmpty()) {
            expected.put("authors", article.authors());
        }
        article.published().ifPresent(v -> expected.put("published", v.toString()));
        article.language().ifPresent(v -> expected.put("language", v.toLanguageTag()));
        article.url().ifPresent(v -> expected.put("url", v));
        article.section().ifPresent(v -> expected.put("section", v));
        if (!article.tags().isEmpty()) {
            expected.put("tags", article.tags());
        }

        // Map.class, not a TypeReference: the renderer module does not read Jackson's core module.
        @SuppressWarnings("unchecked")
        Map<String, Object> read = YAML.readValue(yaml, Map.class);

        assertThat(read).as("front matter of%n%s", markdown).containsExactlyEntriesOf(expected);
    }
}
