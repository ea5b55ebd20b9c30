package io.github.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the shaded {@code target/broadsheet.jar} as a user does, in its own JVM, after
 * {@code package} built it. Only the built-in formats are there: the test plugins are not in the jar.
 */
class BroadsheetJarIT {

    private static final Path JAR = Path.of(System.getProperty("broadsheet.jar", "target/broadsheet.jar"))
            .toAbsolutePath();

    @TempDir
    static Path dir;

    /** What the process did. */
    private record Outcome(int exitCode, byte[] stdout, String stderr) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout:\n" + new String(stdout, StandardCharsets.UTF_8)
                    + "\n--- stderr:\n" + stderr;
        }
    }

    @BeforeAll
    static void copyFixtures() {
        assertThat(JAR).as("the shaded jar; run `./mvnw verify`, which packages it first").isRegularFile();
        Fixtures.copy(Fixtures.FERRY, dir);
        Fixtures.copy(Fixtures.BAD_HEADING_LEVEL, dir);
    }

    @Test
    void convertsJsonToByteIdenticalCanonicalJsonOnStdout() throws Exception {
        Outcome outcome = broadsheet("convert", Fixtures.FERRY, "--to", "json");

        assertThat(outcome.exitCode()).as("%s", outcome).isZero();
        assertThat(outcome.stdout()).isEqualTo(Fixtures.bytes(Fixtures.FERRY));
        assertThat(outcome.stderr()).isEmpty();
    }

    @Test
    void reportsMalformedJsonWithFileLineColumnAndExitCodeOne() throws Exception {
        Outcome outcome = broadsheet("convert", Fixtures.BAD_HEADING_LEVEL, "--to", "json");

        assertThat(outcome.exitCode()).as("%s", outcome).isEqualTo(1);
        assertThat(outcome.stdout()).isEmpty();
        assertThat(outcome.stderr().lines()).containsExactly(
                "bad-heading-level.json:7:16: $.body[0].level: heading level must be between 1 and 6, was 9");
    }

    @Test
    void printsTheVersionFromTheJarManifest() throws Exception {
        Outcome outcome = broadsheet("--version");

        assertThat(outcome.exitCode()).as("%s", outcome).isZero();
        assertThat(new String(outcome.stdout(), StandardCharsets.UTF_8).lines().findFirst())
                .hasValue("broadsheet " + System.getProperty("broadsheet.version"));
    }

    @Test
    void printsProgressLinesWhenStandardErrorIsNoTerminal() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("lines"));
        Fixtures.copy(Fixtures.FERRY, folder);
        Fixtures.copy(Fixtures.NIGHT_MARKET, folder);

        Outcome outcome = broadsheetWith(List.of("-Dstderr.encoding=UTF-8"),
                "convert", "lines", "--to", "html", "-o", "lines-out");
        Outcome ascii = broadsheetWith(List.of("-Dstderr.encoding=US-ASCII"),
                "convert", "lines", "--to", "html", "-o", "lines-out");

        assertThat(outcome.exitCode()).as("%s", outcome).isZero();
        assertThat(outcome.stderr().lines().toList()).hasSize(3).startsWith(
                "[1/2] lines/ferry-crossing.json → lines-out/ferry-crossing.html",
                "[2/2] lines/night-market.json → lines-out/night-market.html");
        assertThat(outcome.stderr().lines().toList().getLast()).matches(CliRun.summary(2, 0));
        assertThat(ascii.stderr().lines().toList()).as("%s", ascii)
                .contains("[1/2] lines/ferry-crossing.json -> lines-out/ferry-crossing.html");
    }

    @Test
    void drawsABarWhenTheLauncherSaysStandardErrorIsATerminal() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("bar"));
        Fixtures.copy(Fixtures.FERRY, folder);

        Outcome outcome = broadsheetWith(List.of("-D" + Main.STDERR_TERMINAL_PROPERTY + "=true"),
                "convert", "bar", "--to", "html", "-o", "bar-out", "--jobs", "1");

        assertThat(outcome.exitCode()).as("%s", outcome).isZero();
        assertThat(outcome.stderr()).startsWith("[########################] 1/1 bar/ferry-crossing.json\r")
                .doesNotContain("[1/1]");
        assertThat(outcome.stderr().lines().toList().getLast()).matches(CliRun.summary(1, 0));
    }

    @Test
    void writesTheSameBytesAsAnInProcessRunWhileTheWarmUpThreadRuns() throws Exception {
        // The jar's main starts the warm-up thread (Warmup) on a machine with two processors or more;
        // Main.run in this JVM does not, so the outputs must match byte for byte whatever it did.
        String formats = "pdf,html,markdown,text,json";
        Outcome outcome = broadsheet("convert", Fixtures.FERRY, "--to", formats, "-o", "warm/");
        CliRun inProcess = CliRun.run("convert", dir.resolve(Fixtures.FERRY).toString(), "--to", formats,
                "-o", dir.resolve("cold").toString());

        assertThat(outcome.exitCode()).as("%s", outcome).isZero();
        assertThat(inProcess.exitCode()).as("%s", inProcess).isZero();
        for (String extension : List.of("pdf", "html", "md", "txt", "json")) {
            String name = "ferry-crossing." + extension;
            assertThat(dir.resolve("warm").resolve(name)).as(name).exists()
                    .hasSameBinaryContentAs(dir.resolve("cold").resolve(name));
        }
    }

    /** Runs {@code java -jar broadsheet.jar ARGS} in the fixture folder, with this test's Java. */
    private static Outcome broadsheet(String... args) throws IOException, InterruptedException {
        return broadsheetWith(List.of(), args);
    }

    /** Runs {@code java OPTIONS -jar broadsheet.jar ARGS} in the fixture folder, with this test's Java. */
    private static Outcome broadsheetWith(List<String> javaOptions, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaOptions);
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(args));
        Path stderr = Files.createTempFile(dir, "stderr", ".txt");
        Process process = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectError(stderr.toFile())
                .start();
        process.getOutputStream().close();
        byte[] stdout = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("broadsheet " + String.join(" ", args) + " did not finish within a minute");
        }
        return new Outcome(process.exitValue(), stdout, Files.readString(stderr, StandardCharsets.UTF_8));
    }
}
