package io.github.broadsheet.printtext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.broadsheet.model.Article;
import io.github.broadsheet.parse.ParseOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PrintTextParserBuilderTest {

    @Test
    void hasDocumentedDefaults() {
        PrintTextParser parser = PrintTextParser.standard();
        assertThat(parser.dayFirst()).isFalse();
        assertThat(parser.maxHeadingWords()).isEqualTo(12);
        assertThat(parser.maxHeadingLength()).isEqualTo(100);
        assertThat(parser.maxLineLength()).isEqualTo(65_536);
        assertThat(parser.maxInputBytes()).isEqualTo(ParseOptions.DEFAULT_MAX_INPUT_BYTES);
        assertThat(parser.chromePatterns()).isEqualTo(PrintTextParser.DEFAULT_CHROME_PATTERNS).hasSize(5);
    }

    @Test
    void setsEveryOption() {
        PrintTextParser parser = PrintTextParser.builder().dayFirst(true).maxHeadingWords(8).maxHeadingLength(60)
                .maxLineLength(1000).maxInputBytes(4096).chromePatterns(List.of()).addChromePattern("ad")
                .build();
        assertThat(parser.dayFirst()).isTrue();
        assertThat(parser.maxHeadingWords()).isEqualTo(8);
        assertThat(parser.maxHeadingLength()).isEqualTo(60);
        assertThat(parser.maxLineLength()).isEqualTo(1000);
        assertThat(parser.maxInputBytes()).isEqualTo(4096);
        assertThat(parser.chromePatterns()).map(Pattern::pattern).containsExactly("ad");
        assertThat(parser.toBuilder().build()).hasToString(parser.toString());
    }

    @Test
    void takesDayFirstAndTheSizeLimitFromParseOptions() {
        PrintTextParser parser = PrintTextParser.builder()
                .options(ParseOptions.builder().dayFirst(true).maxInputBytes(1234).strict(false).build())
                .build();
        assertThat(parser.dayFirst()).isTrue();
        assertThat(parser.maxInputBytes()).isEqualTo(1234);
    }

    @Test
    void rejectsOutOfRangeSettingsAtBuild() {
        assertThatThrownBy(() -> PrintTextParser.builder().maxHeadingWords(-1).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxHeadingWords must be from 0 to 1000, was -1");
        assertThatThrownBy(() -> PrintTextParser.builder().maxHeadingLength(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxHeadingLength must be from 1 to 10000, was 0");
        assertThatThrownBy(() -> PrintTextParser.builder().maxInputBytes(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxInputBytes must be positive, was 0");
        assertThatThrownBy(() -> PrintTextParser.builder().maxLineLength(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxLineLength must be positive, was 0");
    }

    @Test
    void rejectsMissingPatterns() {
        List<Pattern> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> PrintTextParser.builder().chromePatterns(withNull))
                .isInstanceOf(NullPointerException.class).hasMessage("chromePatterns[0]");
        assertThatThrownBy(() -> PrintTextParser.builder().addChromePattern((Pattern) null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void aBuiltParserDoesNotChangeWhenItsBuilderDoes() {
        PrintTextParser.Builder builder = PrintTextParser.builder();
        PrintTextParser parser = builder.build();
        builder.dayFirst(true).addChromePattern("x");
        assertThat(parser.dayFirst()).isFalse();
        assertThat(parser.chromePatterns()).hasSize(5);
        assertThatThrownBy(() -> parser.chromePatterns().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void oneParserServesManyThreads() throws Exception {
        PrintTextParser parser = PrintTextParser.standard();
        String text = "print close\nTitle\nDate: 4/12/2022\n\nOne.\n\nWhy now\n\nTwo.\n";
        Article expected = parser.parse(text, "t.txt").article();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Article>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                results.add(pool.submit(() -> parser.parse(text, "t.txt").article()));
            }
            for (Future<Article> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
