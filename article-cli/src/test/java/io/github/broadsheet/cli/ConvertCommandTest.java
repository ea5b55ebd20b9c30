package io.github.broadsheet.cli;

import static io.github.broadsheet.cli.CliRun.run;
import static io.github.broadsheet.cli.CliRun.runWithStdin;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.json.ArticleJson;
import io.github.broadsheet.render.RendererRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.example.plugins.HalfwayFailingRenderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {

    @TempDir
    Path dir;

    private static final String FERRY_HEADLINES = """
            Island ferry adds a dawn crossing for market traders
              - Why the early boat
            """;

    @Nested
    class ToStandardOutput {

        @Test
        void fixturesAreCanonicalJson() {
            for (String name : new String[] {Fixtures.FERRY, Fixtures.NIGHT_MARKET}) {
                byte[] fixture = Fixtures.bytes(name);
                ArticleJson json = ArticleJson.standard();
                assertThat(json.toBytes(json.read(new String(fixture, UTF_8))))
                        .as("%s is what ArticleJson writes", name)
                        .isEqualTo(fixture);
                assertThat(new String(fixture, UTF_8)).as("no trailing newline").endsWith("}");
            }
        }

        @Test
        void convertsJsonToCanonicalJsonOnStdout() {
            Path input = Fixtures.copy(Fixtures.FERRY, dir);

            CliRun result = run("convert", input.toString(), "--to", "json");

            assertThat(result.exitCode()).as("%s", result).isZero();
            assertThat(result.stdoutBytes()).isEqualTo(Fixtures.bytes(Fixtures.FERRY));
            assertThat(result.stderr()).isEmpty();
        }

        @Test
        void writesToStdoutWhenOutputIsDash() {
            Path input = Fixtures.copy(Fixtures.NIGHT_MARKET, dir);

            CliRun result = run("convert", input.toString(), "--to", "json", "-o", "-");

            assertThat(result.exitCode()).as("%s", result).isZero();
            assertThat(result.stdoutBytes()).isEqualTo(Fixtures.bytes(Fixtures.NIGHT_MARKET));
        }

        @Test
        void readsStdinAndDetectsItsFormatByContent() {
            CliRun result = runWithStdin(Fixtures.bytes(Fixtures.FERRY), "convert", "-", "--to", "json");

            assertThat(result.exitCode()).as("%s", result).isZero();
            assertThat(result.stdoutBytes()).isEqualTo(Fixtures.bytes(Fixtures.FERRY));
            assertThat(result.stderr()).isEmpty();
        }

        @Test
        void reportsStdinOfUnknownFormatAsStdin() {
            byte[] zip = {'P', 'K', 3, 4, 0, 0, 20, 0};
            CliRun result = runWithStdin(zip, "convert", "-", "--to", "json");

            assertThat(result.exitCode()).as("%s", result).isEqualTo(1);
            assertThat(result.stderrLines()).singleElement().asString()
                    .startsWith("<stdin>:1:1: cannot tell the input's format");
            assertThat(result.stdoutBytes()).isEmpty();
        }

        @Test
        void acceptsFormatNamesInAnyCase() {
            Path input = Fixtures.copy(Fixtures.NIGHT_MARKET, dir);

            CliRun result = run("convert", input.toString(), "--to", "JSON");

            assertThat(result.exitCode()).as("%s", result).isZero();
            assertThat(result.stdoutBytes()).isEqualTo(Fixtures.bytes(Fixtures.NIGHT_MARKET));
        }

        @Test
        void usesRendererRegisteredOnlyThroughServiceFile() {
            Path input = Fixtures.copy(Fixtures.FERRY, dir);

            CliRun result = run("convert", input.toString(), "--to", "headlines");

            assertThat(result.exitCode()).as("%s", result).isZero();
            assertThat(result.stdout()).isEqualTo(FERRY_HEADLINES);
            assertThat(result.stderrLines()).containsExactly(
                    input + ": warning: headlines output: body[5]: figures are left out of headlines");
        }

        @Test
        void quietSuppressesRenderWarnings() {
            Path input = Fixtures.copy(Fixtures.FERRY, dir);

            CliRun result = run("convert", "--quiet", input.toString(), "--to", "headlines");

            assertThat(result.exitCode()).as("%s", result).isZero();
            assertThat(result.stdout()).isEqualTo(FERRY_HEADLINES);
            assertThat(result.stderr()).isEmpty();
        }

        @Test
        void failedRenderingWritesNothingToStdout() {
            Path input = Fixtures.copy(Fixtures.FERRY, dir);

            CliRun result = run("convert", input.toString(), "--to", "halfway");

            assertThat(result.exitCode()).as("%s", result).isEqualTo(1);
            assertThat(result.stdoutBytes()).isEmpty();
            assertThat(result.stderrLines()).containsExactly(input + ": the halfway renderer failed: "
                    + HalfwayFailingRenderer.MESSAGE + " (--debug shows the stack trace)");
        }
    }

    @Nested
    class BadInput {

        @Test
        void reportsMalformedJsonWithFileLineColumn() {
            Path input = Fixtures.copy(Fixtures.BAD_HEADING_LEVEL, dir);

            CliRun result = run("convert", input.toString(), "--to", "json");

            assertThat(result.exitCode()).as("%s", result).isEqualTo(1);
            assertThat(result.stderrLines()).containsExactly(
                    input + ":7:16: $.body[0].level: heading level must be between 1 and 6, was 9");
            assertThat(result.stdoutBytes()).isEmpty();
        }

        @Test
        void reportsBrokenJsonSyntaxInOneLineWithoutStackTrace() {
            Path input = Fixtures.copy(Fixtures.BROKEN_SYNTAX, dir);

            CliRun result = run("convert", input.toString(), "--to", "json");

            assertThat(result.exitCode()).as("%s", result).isEqualTo(1);
            assertThat(result.stderrLines()).singleElement().asString()
                    .startsWith(input + ":10:1: ")
                    .contains("malformed JSON");
        }

        @Test
        void printsStackTraceWithDebug() {
            Path input = Fixtures.copy(Fixtures.BAD_HEADING_LEVEL, dir);

            CliRun result = run("convert", "--debug", input.toString(), "--to", "json");

            assertThat(result.exitCode()).as("%s", result).isEqualTo(1);
            assertThat(result.stderrLines()).first().isEqualTo(
                    input + ":7:16: $.body[0].level: heading level must be between 1 and 6, was 9");
            assertThat(result.stderr())
                    .contains("io.github.broadsheet.parse.ArticleParseException: " + input + ":7:16:")
                    .contains("\tat io.github.broadsheet.json.");
        }

        @Test
        void reportsMissingFileInOneLine() {
            Path missing = dir.resolve("no-such-article.json");

            CliRun result = run("convert", missing.toString(), "--to", "json");

            assertThat(result.exitCode()).as("%s", result).isEqualTo(1);
            assertThat(result.stderrLines()).containsExactly(missing + ": no such file");
        }

        @Test
        void reportsFolderWithoutArticleFiles() throws IOException {
            Path empty = Files.createDirectories(dir.resolve("drafts"));
            Files.writeString(empty.resolve("notes.odt"), "not an article format");
            Files.writeString(empty.resolve(".hidden.json"), "{\"title\": \"hidden files are skipped\"}");

            CliRun result = run("convert", empty.toString(), "--to", "json", "-o", dir.resolve("out").toString(),
                    "--progress=none");

            assertThat(result.exitCode()).as("%s", result).isEqualTo(1);
            assertThat(result.stderrLines()).hasSize(2).first().isEqualTo(
                    empty + ": no article files in this folder (looked for .json, .memo, .text, .txt, skipping hidden ones)");
            assertThat(result.stderrLines().getLast()).matches(CliRun.summary(0, 1));
            assertThat(dir.resolve("out")).doesNotExist();
        }

        @Test
        void rejectsUnknownFieldByDefault() {
            Path input = Fixtures.copy(Fixtures.UNKNOWN_FIELD, dir);

            CliRun result = run("convert", input.toString(), "--to", "json");

            assertThat(result.exitCode()).as("%s", result).isEqualTo(1);
            assertThat(result.stderrLines()).singleElement().asString()
                    .startsWith(input + ":4:3: $.editorNote: unknown field \"editorNote\"");
        }

        @Test
        void lenientTurnsUnknownFieldIntoWarning() {
            Path input = Fixtures.copy(Fixtures.UNKNOWN_FIELD, dir);

            CliRun result = run("convert", "--lenient", input.toString(), "--to", "json");

            assertThat(result.exitCode()).as("%s", result).isZero();
            assertThat(result.stderrLines()).singleElement().asString()
                    .startsWith(input + ":4:3: warning: $.editorNote: unknown field \"editorNote\"");
            assertThat(result.stdout())
                    .startsWith("{\n  \"title\": \"Library extends Sunday hours\",")
                    .doesNotContain("editorNote");
        }

        @Test
        void quietSuppressesParseWarnings() {
            Path input = Fixtures.copy(Fixtures.UNKNOWN_FIELD, dir);

            CliRun result = run("convert", "--lenient", "-q", input.toString(), "--to", "json");

            assertThat(result.exitCode()).as("%s", result).isZero();
            assertThat(result.stderr()).isEmpty();
            assertThat(result.stdout()).contains("Library extends Sunday hours");
        }
    }

    @Nested
    class ParserOptions {

        @Test
        void readsNumericDatesMonthFirstByDefault() {
            Path input = Fixtures.copy(Fixtures.HARBOUR_MEMO, dir);

            CliRun result = run("convert", "-q", input.toString(), "--to", "json");

            assertThat(result.exitCode()).as("%s", result).isZero();
            assertThat(result.stdout()).contains("\"published\": \"2026-04-12\"");
        }

        @Test
        void readsNumericDatesDayFirstWithDayFirst() {
            Path input = Fixtures.copy(Fixtures.HARBOUR_MEMO, dir);

            CliRun result = run("convert", "-q", "--day-first", input.toString(), "--to", "json");

            assertThat(result.exitCode()).as("%s", result).isZero();
            assertThat(result.stdout()).contains("\"published\": \"2026-12-04\"");
        }

        @Test
        void printsParseDiagnosticsOfUserParserToStderr() {
            Path input = Fixtures.copy(Fixtures.HARBOUR_MEMO, dir);

            CliRun result = run("convert", input.toString(), "--to", "json");

            assertThat(result.exitCode()).as("%s", result).isZero();
            assertThat(result.stderrLines()).containsExactly(
                    input + ":4:1: warning: skipped header line \"Editor: check the photo credit\"");
        }
    }

    @Nested
    class ToFiles {

        @Test
        void writesSeveralInputsToFolderNamedAfterEachInput() throws IOException {
            Path ferry = Fixtures.copy(Fixtures.FERRY, dir.resolve("in"));
            Path market = Fixtures.copy(Fixtures.NIGHT_MARKET, dir.resolve("in"));
            Path out = dir.resolve("out/nested");

            CliRun result = run("convert", ferry.toString(), market.toString(), "--to", "json", "-o", out.toString());

            assertThat(result.exitCode()).as("%s", result).isZero();
            assertThat(result.stdoutBytes()).isEmpty();
            assertThat(result.stderrLines()).as("progress lines, not a bar: the test's stderr is no terminal")
                    .hasSize(3)
                    .startsWith("[1/2] " + ferry + " → " + out.resolve("ferry-crossing.json"),
                            "[2/2] " + market + " → " + out.resolve("night-market.json"));
            assertThat(result.stderrLines().getLast()).matches(CliRun.summary(2, 0));
            assertThat(out.resolve("ferry-crossing.json")).hasBinaryContent(Fixtures.bytes(Fixtures.FERRY));
            assertThat(out.resolve("night-market.json")).hasBinaryContent(Fixtures.bytes(Fixtures.NIGHT_MARKET));
            assertThat(listNames(out)).containsExactlyInAnyOrder("ferry-crossing.json", "night-market.json");
        }

        @Test
        void writesSeveralFormatsToFolderWithEachFormatsExtension() throws IOException {
            Path ferry = Fixtures.copy(Fixtures.FERRY, dir);
            Path out = dir.resolve("out");

            CliRun result = run("convert", ferry.toString(), "--to", "json,headlines", "-o", out.toString());

            assertThat(result.exitCode()).as("%s", result).isZero();
            assertThat(out.resolve("ferry-crossing.json")).hasBinaryContent(Fixtures.bytes(Fixtures.FERRY));
            assertThat(Files.readString(out.resolve("ferry-crossing.txt"))).isEqualTo(FERRY_HEADLINES);
            assertThat(listNames(out)).containsExactlyInAnyOrder("ferry-crossing.json", "ferry-crossing.txt");
        }

        @Test
        void namesStdinOutputStdinInFolder() {
            Path market = Fixtures.copy(Fixtures.NIGHT_MARKET, dir);
            Path out = dir.resolve("out");

            CliRun result = runWithStdin(Fixtures.bytes(Fixtures.FERRY),
                    "convert", "-", market.toString(), "--to", "json", "-o", out.toString());

            assertThat(result.exitCode()).as("%s", result).isZero();
            assertThat(out.resolve("stdin.json")).hasBinaryContent(Fixtures.bytes(Fixtures.FERRY));
            assertThat(out.resolve("night-market.json")).hasBinaryContent(Fixtures.bytes(Fixtures.NIGHT_MARKET));
        }

        @Test
        void writesSingleOutputToNamedFile() {
            Path ferry = Fixtures.copy(Fixtures.FERRY, dir);
            Path target = dir.resolve("copy/article.json");

            CliRun result = run("convert", ferry.toString(), "--to", "json", "-o", target.toString());

            assertThat(result.exitCode()).as("%s", result).isZero();
            assertThat(result.stdoutBytes()).isEmpty();
            assertThat(target).hasBinaryContent(Fixtures.bytes(Fixtures.FERRY));
        }

        @Test
        void writesSingleOutputIntoExistingFolder() throws IOException {
            Path ferry = Fixtures.copy(Fixtures.FERRY, dir);
            Path out = Files.createDirectory(dir.resolve("out"));

            CliRun result = run("convert", ferry.toString(), "--to", "headlines", "-q", "-o", out.toString());

            assertThat(result.exitCode()).as("%s", result).isZero();
            assertThat(Files.readString(out.resolve("ferry-crossing.txt"))).isEqualTo(FERRY_HEADLINES);
        }

        @Test
        void keepsConvertingAfterBadInputAndExitsOne() {
            Path bad = Fixtures.copy(Fixtures.BAD_HEADING_LEVEL, dir);
            Path missing = dir.resolve("missing.json");
            Path good = Fixtures.copy(Fixtures.NIGHT_MARKET, dir);
            Path out = dir.resolve("out");

            CliRun result = run("convert", bad.toString(), missing.toString(), good.toString(),
                    "--to", "json", "-o", out.toString());

            assertThat(result.exitCode()).as("%s", result).isEqualTo(1);
            assertThat(result.stderrLines()).hasSize(6).startsWith(
                    bad + ":7:16: $.body[0].level: heading level must be between 1 and 6, was 9",
                    "[1/3] " + bad + ": failed",
                    missing + ": no such file",
                    "[2/3] " + missing + ": failed",
                    "[3/3] " + good + " → " + out.resolve("night-market.json"));
            assertThat(result.stderrLines().getLast()).matches(CliRun.summary(1, 2));
            assertThat(out.resolve("night-market.json")).hasBinaryContent(Fixtures.bytes(Fixtures.NIGHT_MARKET));
            assertThat(out.resolve("bad-heading-level.json")).doesNotExist();
        }

        @Test
        void failedRenderingLeavesNoPartialFileAndKeepsTheOldOne() throws IOException {
            Path ferry = Fixtures.copy(Fixtures.FERRY, dir);
            Path market = Fixtures.copy(Fixtures.NIGHT_MARKET, dir);
            Path out = Files.createDirectory(dir.resolve("out"));
            Path earlier = Files.writeString(out.resolve("ferry-crossing.half"), "from an earlier run");

            CliRun result = run("convert", ferry.toString(), market.toString(),
                    "--to", "halfway,json", "-o", out.toString());

            assertThat(result.exitCode()).as("%s", result).isEqualTo(1);
            assertThat(result.stderrLines()).hasSize(5).startsWith(
                    ferry + ": the halfway renderer failed: ran out of ink halfway (--debug shows the stack trace)",
                    "[1/2] " + ferry + " → " + out.resolve("ferry-crossing.json") + "; failed: halfway",
                    market + ": the halfway renderer failed: ran out of ink halfway (--debug shows the stack trace)",
                    "[2/2] " + market + " → " + out.resolve("night-market.json") + "; failed: halfway");
            assertThat(result.stderrLines().getLast()).matches(CliRun.summary(0, 2));
            assertThat(earlier).hasContent("from an earlier run");
            assertThat(listNames(out)).as("no temporary or half-written files").containsExactlyInAnyOrder(
                    "ferry-crossing.half", "ferry-crossing.json", "night-market.json");
        }

        @Test
        void replacesAnExistingOutputFile() throws IOException {
            Path ferry = Fixtures.copy(Fixtures.FERRY, dir);
            Path target = Files.writeString(dir.resolve("old.json"), "{\"title\": \"an older version\"}");

            CliRun result = run("convert", ferry.toString(), "--to", "json", "-o", target.toString());

            assertThat(result.exitCode()).as("%s", result).isZero();
            assertThat(target).hasBinaryContent(Fixtures.bytes(Fixtures.FERRY));
        }

        private static List<String> listNames(Path folder) throws IOException {
            try (Stream<Path> files = Files.list(folder)) {
                return files.map(p -> p.getFileName().toString()).toList();
            }
        }
    }

    @Nested
    class BadUsage {

        @Test
        void rejectsUnknownOutputFormatListingKnownOnes() {
            Path input = Fixtures.copy(Fixtures.FERRY, dir);

            CliRun result = run("convert", input.toString(), "--to", "json,docx");

            assertThat(result.exitCode()).as("%s", result).isEqualTo(2);
            assertThat(result.stdoutBytes()).isEmpty();
            assertThat(result.stderrLines()).first().isEqualTo(
                    "broadsheet convert: unknown output format \"docx\"; known formats: "
                    + RendererRegistry.defaultRegistry().names());
            assertThat(result.stderrLines()).last().isEqualTo("Try 'broadsheet convert --help' for more information.");
            assertThat(result.stderr()).doesNotContain("\tat ");
        }

        @Test
        void requiresOutputFolderForSeveralInputs() {
            Path ferry = Fixtures.copy(Fixtures.FERRY, dir);
            Path market = Fixtures.copy(Fixtures.NIGHT_MARKET, dir);

            CliRun result = run("convert", ferry.toString(), market.toString(), "--to", "json");

            assertThat(result.exitCode()).as("%s", result).isEqualTo(2);
            assertThat(result.stdoutBytes()).isEmpty();
            assertThat(result.stderrLines()).first().isEqualTo("broadsheet convert: with several inputs or formats, "
                    + "or a folder, give -o FOLDER to name the folder to write them in");
        }

        @Test
        void requiresOutputFolderForSeveralFormats() {
            Path ferry = Fixtures.copy(Fixtures.FERRY, dir);

            CliRun result = run("convert", ferry.toString(), "--to", "json,headlines", "-o", "-");

            assertThat(result.exitCode()).as("%s", result).isEqualTo(2);
            assertThat(result.stdoutBytes()).isEmpty();
            assertThat(result.stderrLines()).first().asString().contains("-o - writes one output only");
        }

        @Test
        void requiresTheToOption() {
            Path ferry = Fixtures.copy(Fixtures.FERRY, dir);

            CliRun result = run("convert", ferry.toString());

            assertThat(result.exitCode()).as("%s", result).isEqualTo(2);
            assertThat(result.stderrLines()).first().isEqualTo(
                    "broadsheet convert: Missing required option: '--to=FORMAT'");
        }

        @Test
        void refusesToOverwriteItsInput() {
            Path ferry = Fixtures.copy(Fixtures.FERRY, dir);

            CliRun result = run("convert", ferry.toString(), "--to", "json", "-o", dir.toString());

            assertThat(result.exitCode()).as("%s", result).isEqualTo(2);
            assertThat(result.stderrLines()).first().isEqualTo("broadsheet convert: refusing to overwrite the input "
                    + ferry + " with the json output of " + ferry + "; choose another -o");
            assertThat(ferry).hasBinaryContent(Fixtures.bytes(Fixtures.FERRY));
        }

        @Test
        void refusesToOverwriteAnotherInputWrittenLater() throws IOException {
            // The first input's json output, news.json, would replace the second input before it is read.
            Path memo = Files.write(dir.resolve("news.memo"), Fixtures.bytes(Fixtures.HARBOUR_MEMO));
            Path json = Files.write(dir.resolve("news.json"), Fixtures.bytes(Fixtures.NIGHT_MARKET));

            CliRun result = run("convert", memo.toString(), json.toString(), "--to", "json", "-o", dir.toString());

            assertThat(result.exitCode()).as("%s", result).isEqualTo(2);
            assertThat(result.stderrLines()).first().isEqualTo("broadsheet convert: refusing to overwrite the input "
                    + json + " with the json output of " + memo + "; choose another -o");
            assertThat(json).hasBinaryContent(Fixtures.bytes(Fixtures.NIGHT_MARKET));
        }

        @Test
        void refusesTwoOutputsToTheSameFile() {
            Path first = Fixtures.copy(Fixtures.FERRY, dir.resolve("a"));
            Path second = Fixtures.copy(Fixtures.FERRY, dir.resolve("b"));
            Path out = dir.resolve("out");

            CliRun result = run("convert", first.toString(), second.toString(), "--to", "json", "-o", out.toString());

            assertThat(result.exitCode()).as("%s", result).isEqualTo(2);
            assertThat(result.stderrLines()).first().isEqualTo("broadsheet convert: the json output of " + first
                    + " and the json output of " + second + " would both be written to "
                    + out.resolve("ferry-crossing.json") + "; convert them separately or rename one");
            assertThat(out).doesNotExist();
        }

        @Test
        void refusesStdinTwice() {
            CliRun result = run("convert", "-", "-", "--to", "json", "-o", dir.toString());

            assertThat(result.exitCode()).as("%s", result).isEqualTo(2);
            assertThat(result.stderrLines()).first()
                    .isEqualTo("broadsheet convert: standard input (-) can be read only once");
        }
    }
}
