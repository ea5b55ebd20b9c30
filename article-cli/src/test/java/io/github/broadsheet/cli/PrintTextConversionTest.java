package io.github.broadsheet.cli;

import static io.github.broadsheet.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.json.ArticleJson;
import io.github.broadsheet.model.Article;
import io.github.broadsheet.model.Figure;
import io.github.broadsheet.model.Heading;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Print-view text reaches the print-text parser through the registry, with its options. */
class PrintTextConversionTest {

    private static final String NIGHT_TRAMS = "night-trams.txt";
    private static final Path SEED = Path.of("../../shared/seeds/000_5ae52f0738207d1a.txt");
    private static final Path SEED_JSON = Path.of("../../shared/seeds/000_5ae52f0738207d1a.expected.json");

    @TempDir
    Path dir;

    @Test
    void convertsPrintViewTextToCanonicalJson() {
        Path input = Fixtures.copy(NIGHT_TRAMS, dir);

        CliRun result = run("convert", input.toString(), "--to", "json");

        assertThat(result.exitCode()).as("%s", result).isZero();
        Article article = ArticleJson.standard().read(result.stdout());
        assertThat(article.title()).isEqualTo("Night trams return to the harbour line");
        assertThat(article.source()).contains("Portside Herald");
        assertThat(article.published()).hasValueSatisfying(p -> assertThat(p).hasToString("2026-03-09"));
        assertThat(article.body()).hasSize(4);
        assertThat(article.body().get(1)).isEqualTo(Figure.ofCredit("Ines Kowalczyk"));
        assertThat(article.body().get(2)).isEqualTo(Heading.of(2, "Who rides at night"));
        assertThat(result.stdoutBytes()).isEqualTo(ArticleJson.standard().toBytes(article));
    }

    @Test
    void printsOnlyWarningsByDefaultAndNotesWithVerbose() {
        Path input = Fixtures.copy(NIGHT_TRAMS, dir);

        CliRun plain = run("convert", input.toString(), "--to", "json");
        CliRun verbose = run("convert", "-v", input.toString(), "--to", "json");

        assertThat(plain.stderr()).isEmpty();
        assertThat(verbose.stderrLines())
                .contains(input + ":1:1: info: dropped chrome line \"Print | Close\"")
                .anyMatch(l -> l.startsWith(input + ":9:5: info: guessed the section heading \"Who rides at night\""));
        assertThat(verbose.stdoutBytes()).isEqualTo(plain.stdoutBytes());
    }

    @Test
    void dayFirstReachesThePrintTextParser() {
        Path input = Fixtures.copy(NIGHT_TRAMS, dir);

        CliRun result = run("convert", "--day-first", input.toString(), "--to", "json");

        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(ArticleJson.standard().read(result.stdout()).published())
                .hasValueSatisfying(p -> assertThat(p).hasToString("2026-09-03"));
    }

    @Test
    void validateListsHowThePrintViewWasRead() {
        Path input = Fixtures.copy(NIGHT_TRAMS, dir);

        CliRun result = run("validate", input.toString());

        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(result.stdoutLines()).contains(input + ":1:1: info: dropped chrome line \"Print | Close\"");
        assertThat(result.stdoutLines().getLast()).isEqualTo(
                input + ": ok: \"Night trams return to the harbour line\", 4 blocks, 0 warnings, "
                        + (result.stdoutLines().size() - 1) + " notes");
    }

    @Test
    void convertsTheSeedToItsExpectedJsonByteForByte() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(SEED) && Files.isRegularFile(SEED_JSON),
                "the seed is in ../shared/seeds only beside a checkout");

        CliRun result = run("convert", SEED.toString(), "--to", "json");

        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(result.stdoutBytes()).isEqualTo(Files.readAllBytes(SEED_JSON));
    }
}
