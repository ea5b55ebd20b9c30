package io.github.broadsheet.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.broadsheet.model.Article;
import io.github.broadsheet.model.Block;
import io.github.broadsheet.model.Figure;
import io.github.broadsheet.model.Heading;
import io.github.broadsheet.model.Inline;
import io.github.broadsheet.model.InlineContainer;
import io.github.broadsheet.model.Link;
import io.github.broadsheet.model.ListBlock;
import io.github.broadsheet.model.PublicationDate;
import io.github.broadsheet.model.PublicationDate.Precision;
import io.github.broadsheet.model.Quote;
import io.github.broadsheet.parse.ParseResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: hand-written canonical JSON articles under {@code src/test/resources/json/}, each
 * read and written back byte for byte. Surefire runs tests in the module directory, so the
 * fixtures are at {@code src/test/resources/json} and the shared seeds at {@code ../../shared/seeds}.
 */
class ArticleJsonFixtureTest {

    private static final Path FIXTURES = Path.of("src/test/resources/json");
    private static final Path SEED = Path.of("../../shared/seeds/000_5ae52f0738207d1a.expected.json");
    private static final ArticleJson JSON = ArticleJson.standard();

    static Stream<Named<Path>> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            List<Path> sorted = files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
            assertThat(sorted).as("fixtures in %s", FIXTURES.toAbsolutePath()).hasSizeGreaterThanOrEqualTo(5);
            return sorted.stream().map(f -> Named.of(f.getFileName().toString(), f));
        }
    }

    private static List<Article> allFixtures() throws IOException {
        List<Article> articles = new ArrayList<>();
        for (Named<Path> fixture : fixtures().toList()) {
            articles.add(JSON.parse(fixture.getPayload()).article());
        }
        return articles;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void roundTripsEveryFixtureByteForByte(Path file) throws IOException {
        byte[] expected = Files.readAllBytes(file);
        ParseResult result = JSON.parse(file);
        byte[] written = JSON.toBytes(result.article());

        assertThat(result.diagnostics()).as("diagnostics for %s", file).isEmpty();
        assertThat(new String(written, StandardCharsets.UTF_8)).as("%s written back", file)
                .isEqualTo(new String(expected, StandardCharsets.UTF_8));
        assertThat(written).as("%s written back, as bytes", file).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void readsBackEveryFixtureItWrites(Path file) {
        Article article = JSON.parse(file).article();
        String written = JSON.write(article);
        assertThat(JSON.read(written)).as("%s read back from:%n%s", file, written).isEqualTo(article);
    }

    @Test
    void writesTheSeedsExpectedParseByteForByte() throws IOException {
        assumeTrue(Files.isRegularFile(SEED), () -> "the shared seed is absent: " + SEED.toAbsolutePath());
        byte[] expected = Files.readAllBytes(SEED);
        Article article = JSON.parse(SEED).article();

        assertThat(article.title()).isNotBlank();
        assertThat(JSON.toBytes(article)).as("%s written back", SEED).isEqualTo(expected);
    }

    @Test
    void fixturesTogetherUseEveryBlockTypeInlineTypeAndField() throws IOException {
        Set<Class<?>> blockTypes = new HashSet<>();
        Set<Class<?>> inlineTypes = new HashSet<>();
        Set<String> fields = new HashSet<>();
        Set<String> precisions = new HashSet<>();
        for (Article a : allFixtures()) {
            a.subtitle().ifPresent(v -> fields.add("subtitle"));
            a.source().ifPresent(v -> fields.add("source"));
            a.url().ifPresent(v -> fields.add("url"));
            a.section().ifPresent(v -> fields.add("section"));
            a.language().ifPresent(v -> fields.add("language"));
            if (a.authors().size() > 1) {
                fields.add("authors");
            }
            if (!a.tags().isEmpty()) {
                fields.add("tags");
            }
            a.published().ifPresent(p -> precisions.add(p.precision() + (p.offset().isPresent() ? "+offset" : "")));
            for (Block block : a.body()) {
                blockTypes.add(block.getClass());
                switch (block) {
                    case Heading h -> fields.add("heading level " + h.level());
                    case Figure f -> {
                        f.src().ifPresent(v -> fields.add("figure src"));
                        f.alt().ifPresent(v -> fields.add("figure alt"));
                        f.caption().ifPresent(v -> fields.add("figure caption"));
                        f.credit().ifPresent(v -> fields.add("figure credit"));
                    }
                    case Quote q -> q.attribution().ifPresent(v -> fields.add("quote attribution"));
                    case ListBlock l -> {
                        fields.add(l.ordered() ? "ordered list" : "unordered list");
                        l.items().forEach(item -> collect(item, inlineTypes, fields));
                    }
                    default -> { }
                }
                if (block instanceof InlineContainer c) {
                    collect(c, inlineTypes, fields);
                }
            }
        }
        assertThat(blockTypes).hasSameElementsAs(List.of(io.github.broadsheet.model.Paragraph.class, Heading.class,
                Figure.class, Quote.class, ListBlock.class));
        assertThat(inlineTypes).hasSameElementsAs(List.of(io.github.broadsheet.model.Text.class,
                io.github.broadsheet.model.Emphasis.class, io.github.broadsheet.model.Strong.class, Link.class,
                io.github.broadsheet.model.LineBreak.class));
        assertThat(fields).contains("subtitle", "source", "url", "section", "language", "authors", "tags",
                "figure src", "figure alt", "figure caption", "figure credit", "quote attribution", "link title",
                "ordered list", "unordered list", "heading level 1", "heading level 6");
        assertThat(precisions).contains(Precision.DAY.toString(), Precision.MINUTE.toString(),
                Precision.SECOND + "+offset");
    }

    private static void collect(InlineContainer container, Set<Class<?>> types, Set<String> fields) {
        for (Inline inline : container.content()) {
            types.add(inline.getClass());
            if (inline instanceof Link link && link.title().isPresent()) {
                fields.add("link title");
            }
            if (inline instanceof InlineContainer nested) {
                collect(nested, types, fields);
            }
        }
    }

    @Test
    void readsEscapedQuotesBackslashesAndControlCharactersAsTheyWereMeant() {
        Article article = JSON.parse(FIXTURES.resolve("council-site-glitch-escapes.json")).article();
        assertThat(article.title()).isEqualTo("Council website shows \"C:\\Drafts\\budget_v2\" to visitors");
        assertThat(article.subtitle()).contains(
                "A stray\tpath, a\u0001control byte and a \"</script>\" tag leaked onto the front page");
        assertThat(article.body().get(1).plainText()).contains("\ta tab, a\bbackspace, a\fform feed, a\u001Funit",
                "carriage return\r\nbefore");
        assertThat(article.published()).contains(PublicationDate.parse("2026-05-02T17:05:09.125-04:00"));
    }

    @Test
    void readsCjkEmojiAndAccentsAsTheyWereWritten() {
        Article market = JSON.parse(FIXTURES.resolve("night-market-zh-hans.json")).article();
        assertThat(market.title()).isEqualTo("老城夜市重新开张，摊主们忙到深夜");
        assertThat(market.language()).contains(Locale.forLanguageTag("zh-Hans"));
        assertThat(market.body().get(4).plainText()).endsWith("欢迎大家来尝一尝\uD83D\uDE0B");

        Article library = JSON.parse(FIXTURES.resolve("village-library-reopens.json")).article();
        assertThat(library.title()).endsWith("\uD83D\uDCDA");
        assertThat(library.authors()).containsExactly("Inès Marchetti");
    }
}
