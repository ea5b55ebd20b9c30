package io.github.broadsheet.cli;

import static io.github.broadsheet.cli.CliRun.run;
import static io.github.broadsheet.cli.CliRun.runWithStdin;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsASummaryLineForAValidArticleAndWritesNothingElse() {
        Path input = Fixtures.copy(Fixtures.FERRY, dir);

        CliRun result = run("validate", input.toString());

        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(result.stdoutLines()).singleElement().asString()
                .startsWith(input + ": ok: \"")
                .endsWith(", 0 warnings, 0 notes");
        assertThat(result.stderr()).isEmpty();
        assertThat(dir.toFile().list()).containsExactly(Fixtures.FERRY);
    }

    @Test
    void printsEachDiagnosticBeforeTheSummary() {
        Path input = Fixtures.copy(Fixtures.HARBOUR_MEMO, dir);

        CliRun result = run("validate", input.toString());

        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(result.stdoutLines()).hasSize(2);
        assertThat(result.stdoutLines().get(0))
                .isEqualTo(input + ":4:1: warning: skipped header line \"Editor: check the photo credit\"");
        assertThat(result.stdoutLines().get(1)).startsWith(input + ": ok: ").endsWith("1 warning, 0 notes");
    }

    @Test
    void reportsABadInputInOneLineAndStillChecksTheOthers() {
        Path bad = Fixtures.copy(Fixtures.BAD_HEADING_LEVEL, dir);
        Path good = Fixtures.copy(Fixtures.NIGHT_MARKET, dir);

        CliRun result = run("validate", bad.toString(), good.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderrLines()).singleElement().asString()
                .startsWith(bad + ":").contains("heading level must be between 1 and 6, was 9");
        assertThat(result.stdoutLines()).singleElement().asString().startsWith(good + ": ok: ");
    }

    @Test
    void lenientTurnsAnUnknownFieldIntoAWarning() {
        Path input = Fixtures.copy(Fixtures.UNKNOWN_FIELD, dir);

        CliRun strict = run("validate", input.toString());
        CliRun lenient = run("validate", "--lenient", input.toString());

        assertThat(strict.exitCode()).isEqualTo(1);
        assertThat(lenient.exitCode()).isZero();
        assertThat(lenient.stdoutLines().get(0)).startsWith(input + ":4:3: warning: $.editorNote: unknown field");
    }

    @Test
    void readsTheArticleFilesOfAFolderInSortedOrder() throws IOException {
        Path folder = dir.resolve("inbox");
        Fixtures.copy(Fixtures.NIGHT_MARKET, folder.resolve("b"));
        Fixtures.copy(Fixtures.FERRY, folder.resolve("a"));
        Fixtures.copy(Fixtures.BAD_HEADING_LEVEL, folder);
        Files.writeString(folder.resolve("a/readme.md"), "not an article format");

        CliRun result = run("validate", folder.toString());

        assertThat(result.exitCode()).as("%s", result).isEqualTo(1);
        assertThat(result.stderrLines()).singleElement().asString()
                .startsWith(folder.resolve(Fixtures.BAD_HEADING_LEVEL) + ":7:16: ");
        assertThat(result.stdoutLines()).hasSize(2);
        assertThat(result.stdoutLines().get(0)).startsWith(folder.resolve("a/" + Fixtures.FERRY) + ": ok: ");
        assertThat(result.stdoutLines().get(1)).startsWith(folder.resolve("b/" + Fixtures.NIGHT_MARKET) + ": ok: ");
    }

    @Test
    void readsStandardInput() {
        CliRun result = runWithStdin(Fixtures.bytes(Fixtures.FERRY), "validate", "-");

        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(result.stdoutLines()).singleElement().asString().startsWith("<stdin>: ok: ");
    }
}
