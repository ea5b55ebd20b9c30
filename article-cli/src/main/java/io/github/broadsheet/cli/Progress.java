package io.github.broadsheet.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.Locale;

/**
 * What {@code convert} tells on standard error while it works: each input's messages (warnings and
 * failures) in input order, a progress bar or one line per input, and a closing summary. Standard
 * output stays for article data.
 *
 * <p>Not thread-safe: a {@link Batch} calls it while holding its lock.
 */
final class Progress {

    /** How progress is shown. */
    enum Mode {
        /** Nothing but the messages (and the summary, if asked for). */
        NONE,
        /** One line redrawn with a carriage return, for a terminal. */
        BAR,
        /** {@code [3/12] ferry.txt → out/ferry.html}, one line per input in input order, for logs. */
        LINES
    }

    /** The width of the bar itself, between the brackets. */
    private static final int BAR_WIDTH = 24;

    /** The most characters of an input's name the bar shows: the bar stays within 80 columns. */
    private static final int BAR_NAME_WIDTH = 40;

    private final Mode mode;
    private final boolean summary;
    private final PrintWriter err;
    private final String arrow;
    private final int total;

    /** How many characters the bar on screen is wide; 0 when none is drawn. */
    private int drawn;

    /**
     * @param mode how progress is shown
     * @param summary whether to end with a summary line
     * @param err standard error
     * @param charset the charset of standard error: {@code →} where it has one, else {@code ->}
     * @param total how many inputs there are
     */
    Progress(Mode mode, boolean summary, PrintWriter err, Charset charset, int total) {
        this.mode = mode;
        this.summary = summary;
        this.err = err;
        this.arrow = charset.newEncoder().canEncode('→') ? "→" : "->";
        this.total = total;
    }

    /**
     * An input has been converted (or has failed): redraws the bar. Called in the order inputs finish.
     *
     * @param done how many inputs have finished, this one included
     * @param name the input's name
     */
    void finished(int done, String name) {
        if (mode == Mode.BAR) {
            clearBar();
            int filled = BAR_WIDTH * done / Math.max(total, 1);
            String line = "[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "] "
                    + done + "/" + total + " " + shorten(name);
            err.print(line);
            err.flush();
            drawn = line.length();
        }
    }

    /**
     * Prints what one input has to say. Called in input order.
     *
     * @param index the input's place, from 0
     * @param name the input's name
     * @param outcome how its conversion went
     */
    void report(int index, String name, Batch.Outcome outcome) {
        if (outcome.messages().isEmpty() && mode != Mode.LINES) {
            return;
        }
        clearBar(); // it comes back when the next input finishes
        outcome.messages().forEach(err::println);
        if (mode == Mode.LINES) {
            err.println(line(index, name, outcome));
        }
        err.flush();
    }

    /**
     * Clears the bar and prints the summary, if asked for.
     *
     * @param converted how many inputs were converted
     * @param failed how many failed
     * @param skipped how many were not started (after a failure, with {@code --fail-fast})
     * @param elapsed how long it took
     */
    void finish(int converted, int failed, int skipped, Duration elapsed) {
        clearBar();
        if (summary) {
            err.println(summary(converted, failed, skipped, elapsed));
        }
        err.flush();
    }

    /** {@return the summary line, such as {@code converted 11, failed 1, in 2.3 s}} */
    static String summary(int converted, int failed, int skipped, Duration elapsed) {
        return "converted " + converted + ", failed " + failed + (skipped > 0 ? ", skipped " + skipped : "")
                + String.format(Locale.ROOT, ", in %.1f s", elapsed.toNanos() / 1e9);
    }

    /** {@return the progress line of an input: {@code [3/12] ferry.txt → out/ferry.html}} */
    private String line(int index, String name, Batch.Outcome outcome) {
        String prefix = "[" + (index + 1) + "/" + total + "] " + name;
        if (outcome.written().isEmpty()) {
            return prefix + ": failed";
        }
        String line = prefix + " " + arrow + " " + String.join(", ", outcome.written());
        if (!outcome.failedFormats().isEmpty()) {
            line += "; failed: " + String.join(", ", outcome.failedFormats());
        }
        return line;
    }

    private void clearBar() {
        if (drawn > 0) {
            err.print("\r" + " ".repeat(drawn) + "\r");
            drawn = 0;
        }
    }

    private static String shorten(String name) {
        return name.length() <= BAR_NAME_WIDTH ? name : "..." + name.substring(name.length() - BAR_NAME_WIDTH + 3);
    }
}
