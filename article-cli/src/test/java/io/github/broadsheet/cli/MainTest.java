package io.github.broadsheet.cli;

import static io.github.broadsheet.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MainTest {

    /** The version the build passes to the tests, so that the check does not read what it checks. */
    private static final String EXPECTED_VERSION = System.getProperty("broadsheet.version", "");

    static Stream<Arguments> helpRequests() {
        return Stream.of(
                Arguments.of("broadsheet", new String[] {"--help"}),
                Arguments.of("broadsheet", new String[] {"-h"}),
                Arguments.of("broadsheet convert", new String[] {"convert", "--help"}),
                Arguments.of("broadsheet formats", new String[] {"formats", "--help"}),
                Arguments.of("broadsheet convert", new String[] {"help", "convert"}));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("helpRequests")
    void printsHelpToStdoutAndExitsZero(String command, String[] args) {
        CliRun result = run(args);

        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(result.stdout()).as(Arrays.toString(args)).startsWith("Usage: " + command + " ");
        assertThat(result.stderr()).isEmpty();
    }

    @Test
    void topHelpListsCommandsAndExitCodes() {
        CliRun result = run("--help");

        assertThat(result.stdout())
                .containsPattern("(?m)^  convert +Reads articles and writes each in one or more formats\\.$")
                .containsPattern("(?m)^  validate +Reads articles and prints each one's diagnostics")
                .containsPattern("(?m)^  formats +Lists the formats convert reads and writes\\.$")
                .containsPattern("(?m)^  2   Bad usage");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "convert", "validate", "formats"})
    void printsVersionOnEveryCommand(String command) {
        String[] args = command.isEmpty() ? new String[] {"--version"} : new String[] {command, "--version"};

        CliRun result = run(args);

        assertThat(EXPECTED_VERSION).as("the build passes -Dbroadsheet.version").isNotBlank();
        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(result.stdout().lines().findFirst()).hasValue("broadsheet " + EXPECTED_VERSION);
        assertThat(result.stdout()).contains("Java " + Runtime.version());
    }

    @Test
    void reportsMissingCommandAsUsageError() {
        CliRun result = run();

        assertThat(result.exitCode()).as("%s", result).isEqualTo(2);
        assertThat(result.stdoutBytes()).isEmpty();
        assertThat(result.stderrLines()).containsExactly(
                "broadsheet: no command given; the commands are: convert, validate, formats, help",
                "Usage: broadsheet [-hV] [COMMAND]",
                "Try 'broadsheet --help' for more information.");
    }

    @Test
    void suggestsTheNearestCommandForATypo() {
        CliRun result = run("conver", "ferry.json");

        assertThat(result.exitCode()).as("%s", result).isEqualTo(2);
        assertThat(result.stderr())
                .contains("Did you mean: broadsheet convert?")
                .doesNotContain("\tat ");
    }

    @Test
    void reportsUnknownOptionAsUsageErrorWithoutStackTrace() {
        CliRun result = run("convert", "ferry.json", "--to", "json", "--colour");

        assertThat(result.exitCode()).as("%s", result).isEqualTo(2);
        assertThat(result.stderrLines()).first().isEqualTo("broadsheet convert: Unknown option: '--colour'");
        assertThat(result.stderr()).doesNotContain("\tat ");
    }
}
