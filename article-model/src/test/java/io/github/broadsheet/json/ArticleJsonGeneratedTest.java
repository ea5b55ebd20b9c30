package io.github.broadsheet.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.model.Article;
import io.github.broadsheet.model.Block;
import io.github.broadsheet.model.Inline;
import io.github.broadsheet.model.InlineContainer;
import io.github.broadsheet.model.ListBlock;
import io.github.broadsheet.model.ListItem;
import io.github.broadsheet.model.PublicationDate;
import io.github.broadsheet.parse.ArticleParseException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Property-style round trips over articles from {@link RandomArticles}, one case per seed. */
class ArticleJsonGeneratedTest {

    private static final int SEEDS = 300;
    private static final ArticleJson JSON = ArticleJson.standard();

    static LongStream seeds() {
        return LongStream.range(0, SEEDS);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void readsBackEveryGeneratedArticleItWrites(long seed) {
        Article article = new RandomArticles(seed).article();
        String json = JSON.write(article);

        Article back;
        try {
            back = JSON.read(json);
        } catch (ArticleParseException e) {
            throw new AssertionError("seed " + seed + ": the writer's own output was refused: " + e.getMessage()
                    + "\nJSON:\n" + json, e);
        }
        assertThat(back).as("seed %d, JSON:%n%s", seed, json).isEqualTo(article);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void writesEveryGeneratedArticleTheSameWayTwice(long seed) {
        Article article = new RandomArticles(seed).article();
        byte[] first = JSON.toBytes(article);
        String json = new String(first, StandardCharsets.UTF_8);

        byte[] again = JSON.toBytes(JSON.parse(new ByteArrayInputStream(first), "seed-" + seed + ".json").article());

        assertThat(new String(again, StandardCharsets.UTF_8)).as("seed %d, JSON:%n%s", seed, json).isEqualTo(json);
        assertThat(again).as("seed %d as bytes, JSON:%n%s", seed, json).isEqualTo(first);
    }

    @Test
    void generatesTheSameArticleForTheSameSeed() {
        assertThat(new RandomArticles(42).article()).isEqualTo(new RandomArticles(42).article());
        assertThat(new RandomArticles(42).article()).isNotEqualTo(new RandomArticles(43).article());
    }

    /** Guards the generator: the seeds above must reach every type, precision and kind of text. */
    @Test
    void generatedArticlesCoverEveryTypePrecisionAndKindOfText() {
        Set<String> seen = new HashSet<>();
        StringBuilder allText = new StringBuilder();
        for (long seed = 0; seed < SEEDS; seed++) {
            Article a = new RandomArticles(seed).article();
            allText.append(a.title());
            seen.add(a.subtitle().isPresent() ? "subtitle" : "no subtitle");
            seen.add(a.authors().isEmpty() ? "no authors" : "authors");
            seen.add(a.tags().isEmpty() ? "no tags" : "tags");
            seen.add(a.url().isPresent() ? "url" : "no url");
            seen.add(a.language().isPresent() ? "language" : "no language");
            a.published().ifPresentOrElse(p -> seen.add(precision(p)), () -> seen.add("no date"));
            for (Block block : a.body()) {
                seen.add(block.getClass().getSimpleName());
                allText.append(block.plainText());
                if (block instanceof InlineContainer c) {
                    inlines(c, 1, seen);
                } else if (block instanceof ListBlock list) {
                    seen.add(list.ordered() ? "ordered" : "unordered");
                    for (ListItem item : list.items()) {
                        inlines(item, 1, seen);
                    }
                }
            }
        }
        assertThat(seen).contains("subtitle", "no subtitle", "authors", "no authors", "tags", "no tags", "url",
                "no url", "language", "no language", "no date",
                "Paragraph", "Heading", "Figure", "Quote", "ListBlock", "ordered", "unordered",
                "Text", "Emphasis", "Strong", "Link", "LineBreak", "nested 3 deep",
                "DAY", "MINUTE", "SECOND", "FRACTION", "MINUTE+00:00", "SECOND-offset", "FRACTION+offset");
        String text = allText.toString();
        assertThat(text).contains("</script>", "\"", "\\", "\t", "\u0001");
        assertThat(text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN))
                .as("CJK").isTrue();
        assertThat(text.codePoints().anyMatch(cp -> cp >= 0x1F300 && cp <= 0x1FAFF)).as("emoji").isTrue();
        assertThat(text.codePoints().anyMatch(cp -> cp >= 0x00C0 && cp <= 0x024F)).as("accented Latin").isTrue();
    }

    private static String precision(PublicationDate p) {
        return p.precision() + p.offset().map(o -> o.getTotalSeconds() == 0 ? "+00:00"
                : o.getTotalSeconds() < 0 ? "-offset" : "+offset").orElse("");
    }

    private static void inlines(InlineContainer container, int depth, Set<String> seen) {
        for (Inline inline : container.content()) {
            seen.add(inline.getClass().getSimpleName());
            if (inline instanceof InlineContainer nested) {
                if (depth >= 3) {
                    seen.add("nested 3 deep");
                }
                inlines(nested, depth + 1, seen);
            }
        }
    }
}
