package io.github.broadsheet.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One in-process run of the command line, with what it wrote.
 *
 * @param exitCode the exit code
 * @param stdoutBytes the bytes written to standard output
 * @param stderr the text written to standard error
 */
record CliRun(int exitCode, byte[] stdoutBytes, String stderr) {

    /** {@return the run} @param args the arguments */
    static CliRun run(String... args) {
        return runWithStdin(new byte[0], args);
    }

    /** {@return the run} @param stdin what standard input holds @param args the arguments */
    static CliRun runWithStdin(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(stdin), args);
        return new CliRun(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }

    /** {@return standard output as UTF-8 text} */
    String stdout() {
        return new String(stdoutBytes, StandardCharsets.UTF_8);
    }

    /** {@return standard output, line by line} */
    List<String> stdoutLines() {
        return stdout().lines().toList();
    }

    /** {@return standard error, line by line} */
    List<String> stderrLines() {
        return stderr.lines().toList();
    }

    /**
     * {@return a pattern of the summary line, any duration}
     *
     * @param converted how many inputs were converted
     * @param failed how many failed
     */
    static String summary(int converted, int failed) {
        return "converted " + converted + ", failed " + failed + ", in \\d+\\.\\d s";
    }

    /** Shows the run in assertion failures. */
    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout:\n" + stdout() + "\n--- stderr:\n" + stderr;
    }
}
