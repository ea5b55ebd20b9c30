package io.github.broadsheet.printtext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.broadsheet.json.ArticleJson;
import io.github.broadsheet.parse.Diagnostic;
import io.github.broadsheet.parse.ParseResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The reference input: the seed in {@code shared/seeds} beside the repository parses to its
 * expected canonical JSON, byte for byte. Skipped where the seeds are not there.
 */
class SeedTest {

    private static final String SEED = "000_5ae52f0738207d1a";

    /**
     * {@return the seeds folder}: {@code ../shared/seeds} from the repository root, which is
     * {@code ../../shared/seeds} from this module's folder, where Surefire runs the tests
     */
    static Path seeds() {
        return Stream.of(System.getProperty("broadsheet.seeds"), "../../shared/seeds", "../shared/seeds")
                .filter(p -> p != null)
                .map(Path::of)
                .filter(p -> Files.isRegularFile(p.resolve(SEED + ".txt")))
                .findFirst()
                .orElse(null);
    }

    private static Path seed(String suffix) {
        Path dir = seeds();
        assumeTrue(dir != null, "the seeds folder ../shared/seeds is not beside the repository");
        return dir.resolve(SEED + suffix);
    }

    @Test
    void seedParsesToItsExpectedJson() throws IOException {
        ParseResult result = PrintTextParser.standard().parse(seed(".txt"));
        String expected = Files.readString(seed(".expected.json"), StandardCharsets.UTF_8);
        assertThat(ArticleJson.standard().write(result.article())).isEqualTo(expected);
    }

    @Test
    void seedReportsTheChromeItDropsAndWhatItGuessed() {
        ParseResult result = PrintTextParser.standard().parse(seed(".txt"));
        assertThat(result.diagnostics()).map(d -> d.location().line() + ":" + d.location().column() + " " + d.message())
                .containsExactly(
                        "1:1 dropped chrome line \"Interval 10 seconds\"",
                        "2:3 dropped the bullet \"•\" before the title",
                        "3:5 read the source \"Where Zhengzhou\" from \"Source:Where Zhengzhou\"",
                        "3:29 read the date 2022-04-12 from \"Date:4/12/2022\" (month first; day first it would be 2022-12-04)",
                        "8:5 read the photo credit \"Li Xinhua\" from \"Photo: Li Xinhua\" as a figure",
                        "10:5 guessed the section heading \"Big-picture Thinking\": a short line on its own before body text",
                        "19:5 read the photo credit \"Zhu Zhe\" from \"Photo: Zhu Zhe\" as a figure",
                        "25:5 guessed the section heading \"Innovation in rules and regulations\": a short line on its own"
                                + " before body text",
                        "30:5 read the photo credit \"Li Xinhua\" from \"Photo: Li Xinhua\" as a figure",
                        "41:5 read the photo credit \"Ma Jian\" from \"Photo: Ma Jian\" as a figure",
                        "45:5 dropped chrome line \"print close\"");
        assertThat(result.hasWarnings()).isFalse();
        assertThat(result.diagnostics()).allMatch(d -> d.severity() == Diagnostic.Severity.INFO);
    }

    @Test
    void seedLosesNoTextWithoutADiagnostic() throws IOException {
        String input = Files.readString(seed(".txt"), StandardCharsets.UTF_8);
        assertThat(PrintTextFixturesTest.lostWords(input, PrintTextParser.standard().parse(input, "seed.txt"))).isEmpty();
    }

    @Test
    void seedReadDayFirstIsTheFourthOfDecember() {
        ParseResult result = PrintTextParser.builder().dayFirst(true).build().parse(seed(".txt"));
        assertThat(result.article().published()).hasValueSatisfying(d -> assertThat(d).hasToString("2022-12-04"));
    }
}
