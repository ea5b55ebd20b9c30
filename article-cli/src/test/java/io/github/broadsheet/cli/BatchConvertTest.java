package io.github.broadsheet.cli;

import static io.github.broadsheet.cli.CliRun.run;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code convert} over folders and many inputs: folder walks, outputs that keep sub-folders,
 * parallel conversion, progress, the summary and fail-fast. No test depends on which thread is
 * faster: messages come out in input order, and fail-fast is checked with one job.
 */
class BatchConvertTest {

    /** An original print-view article, filed in {@code harbour/index.txt}. */
    private static final String LIGHTHOUSE = """
            Interval 10 seconds
              • Lighthouse keeper's cottage opens as a tea room
                Source:Gullhaven Gazette   Date:6/2/2025

                The white cottage below the north light served its first pot of tea on Sunday,
                after two years of repairs paid for by a village raffle.

                print close
            """;

    /** Another, filed in {@code market/index.txt}: the same file name in another folder. */
    private static final String FISH_BELL = """
              • Fish market moves its bell to seven o'clock
                Source:Gullhaven Gazette   Date:6/9/2025

                Traders voted to ring the opening bell an hour later through the summer, so that
                the night boats have time to land their catch.
            """;

    @TempDir
    Path dir;

    /** The folder of articles: four good ones, three bad ones, and files the walk must skip. */
    private Path articles;

    @BeforeEach
    void fillFolder() throws IOException {
        articles = dir.resolve("articles");
        Fixtures.copy(Fixtures.BAD_HEADING_LEVEL, articles);
        Fixtures.copy(Fixtures.BROKEN_SYNTAX, articles);
        Files.writeString(articles.resolve("empty.txt"), "");
        Fixtures.copy(Fixtures.FERRY, articles.resolve("harbour"));
        Files.writeString(articles.resolve("harbour/index.txt"), LIGHTHOUSE);
        Files.writeString(Files.createDirectories(articles.resolve("market")).resolve("index.txt"), FISH_BELL);
        Fixtures.copy(Fixtures.NIGHT_MARKET, articles.resolve("market"));
        // Skipped: hidden files and folders, and extensions no parser claims.
        Files.writeString(articles.resolve(".draft.json"), "{ not even JSON");
        Fixtures.copy(Fixtures.BROKEN_SYNTAX, articles.resolve(".git"));
        Files.writeString(articles.resolve("market/photo-list.csv"), "name,credit\n");
    }

    private String in(String relative) {
        return articles.resolve(relative).toString();
    }

    @Nested
    class Folders {

        @Test
        void convertsEveryGoodFileKeepsSubFoldersAndReportsTheBadOnes() throws IOException {
            Path out = dir.resolve("out");

            CliRun result = run("convert", articles.toString(), "--to", "json,html", "-o", out.toString());

            assertThat(result.exitCode()).as("%s", result).isEqualTo(1);
            assertThat(result.stdoutBytes()).isEmpty();
            List<String> lines = result.stderrLines();
            assertThat(lines.subList(0, lines.size() - 1)).containsExactly(
                    in("bad-heading-level.json") + ":7:16: $.body[0].level: heading level must be between 1 and 6, was 9",
                    "[1/7] " + in("bad-heading-level.json") + ": failed",
                    lines.get(2), // the JSON parser's wording of the syntax error, checked below
                    "[2/7] " + in("broken-syntax.json") + ": failed",
                    in("empty.txt") + ":1:1: the input is empty; a print-view article needs a title and body text",
                    "[3/7] " + in("empty.txt") + ": failed",
                    "[4/7] " + in("harbour/ferry-crossing.json") + " → " + out.resolve("harbour/ferry-crossing.json")
                            + ", " + out.resolve("harbour/ferry-crossing.html"),
                    "[5/7] " + in("harbour/index.txt") + " → " + out.resolve("harbour/index.json")
                            + ", " + out.resolve("harbour/index.html"),
                    "[6/7] " + in("market/index.txt") + " → " + out.resolve("market/index.json")
                            + ", " + out.resolve("market/index.html"),
                    "[7/7] " + in("market/night-market.json") + " → " + out.resolve("market/night-market.json")
                            + ", " + out.resolve("market/night-market.html"));
            assertThat(lines.get(2)).startsWith(in("broken-syntax.json") + ":10:1: ").contains("malformed JSON");
            assertThat(lines.getLast()).matches(CliRun.summary(4, 3));

            assertThat(files(out).keySet()).as("outputs of the good files only, and no temporary file").containsExactly(
                    "harbour/ferry-crossing.html", "harbour/ferry-crossing.json",
                    "harbour/index.html", "harbour/index.json",
                    "market/index.html", "market/index.json",
                    "market/night-market.html", "market/night-market.json");
            assertThat(out.resolve("harbour/ferry-crossing.json")).hasBinaryContent(Fixtures.bytes(Fixtures.FERRY));
            assertThat(Files.readString(out.resolve("market/index.json")))
                    .contains("\"title\": \"Fish market moves its bell to seven o'clock\"");
            assertThat(Files.readString(out.resolve("harbour/index.html")))
                    .contains("<h1>Lighthouse keeper").contains("s cottage opens as a tea room</h1>");
        }

        @Test
        void oneJobAndTwoJobsWriteTheSameFilesAndTheSameLines() throws IOException {
            Path out1 = dir.resolve("out1");
            Path out2 = dir.resolve("out2");

            CliRun one = run("convert", articles.toString(), "--to", "json,html,text", "-o", out1.toString(), "--jobs", "1");
            CliRun two = run("convert", articles.toString(), "--to", "json,html,text", "-o", out2.toString(), "--jobs", "2");

            assertThat(one.exitCode()).as("%s", one).isEqualTo(1);
            assertThat(two.exitCode()).as("%s", two).isEqualTo(1);
            assertThat(withoutSummary(two).replace(out2.toString(), out1.toString())).isEqualTo(withoutSummary(one));
            Map<String, String> first = files(out1);
            assertThat(first).hasSize(12);
            assertThat(files(out2)).isEqualTo(first);
        }

        @Test
        void refusesTwoFoldersWhoseFilesWouldBeWrittenToTheSamePlace() {
            Path out = dir.resolve("out");

            CliRun result = run("convert", articles.resolve("harbour").toString(), articles.resolve("market").toString(),
                    "--to", "json", "-o", out.toString());

            assertThat(result.exitCode()).as("%s", result).isEqualTo(2);
            assertThat(result.stderrLines()).first().isEqualTo("broadsheet convert: the json output of "
                    + in("harbour/index.txt") + " and the json output of " + in("market/index.txt")
                    + " would both be written to " + out.resolve("index.json") + "; convert them separately or rename one");
            assertThat(out).doesNotExist();
        }

        @Test
        void leavesTheOutputFolderOutWhenItIsInsideTheInputFolder() throws IOException {
            Path market = articles.resolve("market");
            Path out = market.resolve("converted");

            CliRun first = run("convert", market.toString(), "--to", "json", "-o", out.toString(), "-q");
            CliRun second = run("convert", market.toString(), "--to", "json", "-o", out.toString(), "-q");

            assertThat(first.exitCode()).as("%s", first).isZero();
            assertThat(second.exitCode()).as("%s", second).isZero();
            assertThat(files(out).keySet()).as("the second run did not read the first run's outputs")
                    .containsExactly("index.json", "night-market.json");
        }

        @Test
        void needsAnOutputFolder() {
            CliRun result = run("convert", articles.resolve("harbour").toString(), "--to", "json");

            assertThat(result.exitCode()).as("%s", result).isEqualTo(2);
            assertThat(result.stderrLines()).first().isEqualTo("broadsheet convert: with several inputs or formats, "
                    + "or a folder, give -o FOLDER to name the folder to write them in");
        }

        @Test
        void refusesAFileGivenTwiceThroughItsFolder() {
            CliRun result = run("convert", articles.resolve("market").toString(), in("market/index.txt"),
                    "--to", "json", "-o", dir.resolve("out").toString());

            assertThat(result.exitCode()).as("%s", result).isEqualTo(2);
            assertThat(result.stderrLines()).first().isEqualTo("broadsheet convert: " + in("market/index.txt")
                    + " and " + in("market/index.txt") + " are the same input; give it once");
        }
    }

    @Nested
    class FailFast {

        @Test
        void startsNoInputAfterTheFirstFailure() throws IOException {
            Path queue = dir.resolve("queue");
            Files.write(Files.createDirectories(queue).resolve("a-first.json"), Fixtures.bytes(Fixtures.FERRY));
            Files.write(queue.resolve("b-broken.json"), Fixtures.bytes(Fixtures.BAD_HEADING_LEVEL));
            Files.write(queue.resolve("c-never.json"), Fixtures.bytes(Fixtures.NIGHT_MARKET));
            Path out = dir.resolve("out");

            CliRun result = run("convert", queue.toString(), "--to", "json", "-o", out.toString(),
                    "--fail-fast", "--jobs", "1");

            assertThat(result.exitCode()).as("%s", result).isEqualTo(1);
            assertThat(result.stderrLines()).hasSize(4).startsWith(
                    "[1/3] " + queue.resolve("a-first.json") + " → " + out.resolve("a-first.json"),
                    queue.resolve("b-broken.json") + ":7:16: $.body[0].level: heading level must be between 1 and 6, was 9",
                    "[2/3] " + queue.resolve("b-broken.json") + ": failed");
            assertThat(result.stderrLines().getLast()).matches("converted 1, failed 1, skipped 1, in \\d+\\.\\d s");
            assertThat(files(out).keySet()).containsExactly("a-first.json");
        }

        @Test
        void stillConvertsEverythingWhenNothingFails() {
            Path out = dir.resolve("out");

            CliRun result = run("convert", articles.resolve("market").toString(), "--to", "json", "-o", out.toString(),
                    "--fail-fast", "--jobs", "2", "--progress", "none");

            assertThat(result.exitCode()).as("%s", result).isZero();
            assertThat(result.stderrLines()).singleElement().asString().matches(CliRun.summary(2, 0));
        }

        @Test
        void exitsOneWithTwoJobs() {
            CliRun result = run("convert", articles.toString(), "--to", "json", "-o", dir.resolve("out").toString(),
                    "--fail-fast", "--jobs", "2");

            assertThat(result.exitCode()).as("%s", result).isEqualTo(1);
            assertThat(result.stderrLines()).first().isEqualTo(
                    in("bad-heading-level.json") + ":7:16: $.body[0].level: heading level must be between 1 and 6, was 9");
            assertThat(result.stderrLines().getLast()).startsWith("converted ").contains(", failed ");
        }
    }

    @Nested
    class Progress {

        @Test
        void drawsABarWithCarriageReturnsAndClearsItBeforeTheSummary() {
            Path harbour = articles.resolve("harbour");

            CliRun result = run("convert", harbour.toString(), "--to", "json", "-o", dir.resolve("out").toString(),
                    "--progress=bar", "--jobs", "1");

            assertThat(result.exitCode()).as("%s", result).isZero();
            String bar1 = "[############............] 1/2 " + shortened(harbour.resolve("ferry-crossing.json"));
            String bar2 = "[########################] 2/2 " + shortened(harbour.resolve("index.txt"));
            assertThat(result.stderr()).startsWith(bar1 + "\r" + " ".repeat(bar1.length()) + "\r" + bar2
                    + "\r" + " ".repeat(bar2.length()) + "\r");
            assertThat(result.stderr()).doesNotContain("[1/2]").doesNotContain("\n[");
            assertThat(result.stderrLines().getLast()).matches(CliRun.summary(2, 0));
        }

        @Test
        void clearsTheBarForAMessageAndDrawsItAgain() {
            CliRun result = run("convert", articles.toString(), "--to", "json", "-o", dir.resolve("out").toString(),
                    "--progress=bar", "--jobs", "1");

            assertThat(result.exitCode()).as("%s", result).isEqualTo(1);
            String error = in("empty.txt") + ":1:1: the input is empty; a print-view article needs a title and body text";
            assertThat(result.stderr()).contains("\r" + error + "\n[##########..............] 3/7 ");
        }

        @Test
        void printsNothingButTheSummaryWithNone() {
            CliRun result = run("convert", articles.resolve("market").toString(), "--to", "json",
                    "-o", dir.resolve("out").toString(), "--progress=none");

            assertThat(result.exitCode()).as("%s", result).isZero();
            assertThat(result.stderrLines()).singleElement().asString().matches(CliRun.summary(2, 0));
        }

        @Test
        void quietLeavesOnlyTheErrors() {
            CliRun result = run("convert", articles.toString(), "--to", "json", "-o", dir.resolve("out").toString(), "-q");

            assertThat(result.exitCode()).as("%s", result).isEqualTo(1);
            assertThat(result.stderrLines()).hasSize(3).allSatisfy(line -> assertThat(line).startsWith(articles.toString()));
        }

        @Test
        void printsALineAndTheSummaryForOneInputWhenAsked() {
            Path ferry = Fixtures.copy(Fixtures.FERRY, dir);
            Path target = dir.resolve("ferry.html");

            CliRun result = run("convert", ferry.toString(), "--to", "html", "-o", target.toString(), "--progress=lines");

            assertThat(result.exitCode()).as("%s", result).isZero();
            assertThat(result.stderrLines()).hasSize(2).first().isEqualTo("[1/1] " + ferry + " → " + target);
            assertThat(result.stderrLines().getLast()).matches(CliRun.summary(1, 0));
        }

        @Test
        void showsNoProgressForOneInputByDefault() {
            Path ferry = Fixtures.copy(Fixtures.FERRY, dir);

            CliRun result = run("convert", ferry.toString(), "--to", "json", "-o", dir.resolve("ferry.out.json").toString());

            assertThat(result.exitCode()).as("%s", result).isZero();
            assertThat(result.stderr()).isEmpty();
        }

        private static String shortened(Path name) {
            String text = name.toString();
            return text.length() <= 40 ? text : "..." + text.substring(text.length() - 37);
        }
    }

    @Nested
    class BadUsage {

        @Test
        void refusesFewerThanOneJob() {
            CliRun result = run("convert", articles.toString(), "--to", "json", "-o", dir.resolve("out").toString(),
                    "--jobs", "0");

            assertThat(result.exitCode()).as("%s", result).isEqualTo(2);
            assertThat(result.stderrLines()).first().isEqualTo("broadsheet convert: --jobs must be at least 1, was 0");
            assertThat(dir.resolve("out")).doesNotExist();
        }

        @Test
        void refusesAnUnknownProgressMode() {
            CliRun result = run("convert", articles.toString(), "--to", "json", "-o", dir.resolve("out").toString(),
                    "--progress=fancy");

            assertThat(result.exitCode()).as("%s", result).isEqualTo(2);
            assertThat(result.stderrLines()).first().isEqualTo(
                    "broadsheet convert: --progress must be one of auto, bar, lines, none, was \"fancy\"");
        }
    }

    /** {@return every file under a folder, by its '/'-separated path, with its text} */
    private static Map<String, String> files(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                List<String> names = new ArrayList<>();
                folder.relativize(file).forEach(p -> names.add(p.toString()));
                files.put(String.join("/", names), Files.readString(file, UTF_8));
            }
        }
        return files;
    }

    private static String withoutSummary(CliRun result) {
        List<String> lines = result.stderrLines();
        assertThat(lines.getLast()).startsWith("converted ");
        return String.join("\n", lines.subList(0, lines.size() - 1));
    }
}
