package io.github.broadsheet.cli;

import static io.github.broadsheet.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.parse.ParserProvider;
import io.github.broadsheet.parse.ParserRegistry;
import io.github.broadsheet.render.ArticleRenderer;
import io.github.broadsheet.render.OutputFormat;
import io.github.broadsheet.render.RendererRegistry;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FormatsCommandTest {

    @Test
    void listsRegisteredParsersAndRenderersIncludingUserOnes() {
        CliRun result = run("formats");

        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(result.stderr()).isEmpty();
        // The memo parser and the headlines and halfway renderers are registered only in
        // src/test/resources/META-INF/services, as a user's plugin jar would register them.
        List<String> lines = result.stdoutLines();
        assertThat(lines).contains("Input formats (convert picks one by file extension, else by content):",
                "Output formats (convert --to NAME):");
        // Every registered format has its row, whatever else is registered.
        assertThat(lines).anyMatch(row("json", ".json", "application/json", "Broadsheet's canonical, lossless JSON form"));
        assertThat(lines).anyMatch(row("memo", ".memo", "text/x-memo", "Test memos: a title, a date, paragraphs"));
        assertThat(lines).anyMatch(row("halfway", ".half", "application/x-halfway", "binary"));
        assertThat(lines).anyMatch(row("headlines", ".txt", "text/plain", "text"));
        assertThat(lines).anyMatch(row("json", ".json", "application/json", "text"));
        for (ParserProvider parser : ParserRegistry.defaultRegistry().providers()) {
            String extensions = String.join(" ", parser.extensions().stream().map(e -> "." + e).toList());
            assertThat(lines).anyMatch(row(parser.name(), extensions, parser.mediaType(), parser.description()));
        }
        for (ArticleRenderer renderer : RendererRegistry.defaultRegistry().renderers()) {
            OutputFormat f = renderer.format();
            assertThat(lines).anyMatch(row(f.name(), "." + f.fileExtension(), f.mediaType(), f.binary() ? "binary" : "text"));
        }
    }

    @Test
    void convertHelpListsRegisteredFormats() {
        CliRun result = run("convert", "--help");

        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(result.stdout()).contains("Formats registered now (broadsheet formats describes them):\n");
        assertThat(result.stdoutLines()).anyMatch(l -> l.startsWith("  input:  ") && l.contains("json (.json)")
                && l.contains("memo (.memo)"));
        assertThat(result.stdoutLines()).contains("  output: " + RendererRegistry.defaultRegistry().names());
    }

    /** A table row: the cells in order, separated by runs of spaces. */
    private static Predicate<String> row(String... cells) {
        Pattern pattern = Pattern.compile("^  " + String.join(" +", Arrays.stream(cells).map(Pattern::quote).toList()) + "$");
        return line -> pattern.matcher(line).matches();
    }
}
