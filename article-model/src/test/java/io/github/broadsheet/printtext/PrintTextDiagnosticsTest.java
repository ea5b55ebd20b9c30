package io.github.broadsheet.printtext;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.parse.Diagnostic;
import io.github.broadsheet.parse.ParseResult;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins every diagnostic of each print-text fixture (severity, line, column and message) to the
 * file {@code printtext/NAME.diagnostics}, one {@code line:column: severity: message} a line. After an
 * intended change, rewrite them with
 * {@code ./mvnw -pl article-model test -Dtest=PrintTextDiagnosticsTest -Dbroadsheet.updateGolden=true}
 * and review the diff.
 */
class PrintTextDiagnosticsTest {

    private static final boolean UPDATE = Boolean.getBoolean("broadsheet.updateGolden");
    private static final Path SOURCES = Path.of("src/test/resources/printtext");

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.broadsheet.printtext.PrintTextFixturesTest#fixtures")
    void reportsExactlyTheGoldenDiagnostics(String name) throws IOException, URISyntaxException {
        ParseResult result = PrintTextFixturesTest.parse(name);
        String actual = result.diagnostics().stream()
                .map(PrintTextDiagnosticsTest::line)
                .collect(Collectors.joining("\n", "", "\n"));
        Path golden = SOURCES.resolve(name + ".diagnostics");
        if (UPDATE) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file; create it with -Dbroadsheet.updateGolden=true").isRegularFile();
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    /** {@return a diagnostic without its source name, which is a temporary path here} */
    private static String line(Diagnostic d) {
        return d.location().line() + ":" + d.location().column() + ": " + d.severity().label() + ": " + d.message();
    }
}
