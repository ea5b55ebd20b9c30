package io.github.broadsheet.cli;

import io.github.broadsheet.parse.ParserRegistry;
import io.github.broadsheet.render.RendererRegistry;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the commands work with besides their arguments: the standard streams for article data and
 * the registered formats. Messages go to picocli's {@code getOut()} and {@code getErr()} writers
 * instead; article output is written to {@link #stdout()} as bytes, unchanged.
 *
 * @param stdin where {@code -} as an input reads from
 * @param stdout where article output goes when no file is named
 * @param parserSource gives the input formats, asked each time they are needed: a command that never
 *     needs them (such as {@code --version} or {@code --help}) never loads them, and the command line is
 *     built while another thread may still be loading them
 * @param rendererSource gives the output formats, in the same way
 * @param stderrIsTerminal whether standard error is a terminal, where {@code convert} draws a progress bar
 * @param stderrCharset the charset messages are written to standard error in
 */
record Environment(InputStream stdin, PrintStream stdout, Supplier<ParserRegistry> parserSource,
        Supplier<RendererRegistry> rendererSource, boolean stderrIsTerminal, Charset stderrCharset) {

    Environment {
        Objects.requireNonNull(stdin, "stdin");
        Objects.requireNonNull(stdout, "stdout");
        Objects.requireNonNull(parserSource, "parserSource");
        Objects.requireNonNull(rendererSource, "rendererSource");
        Objects.requireNonNull(stderrCharset, "stderrCharset");
    }

    /** {@return the input formats} */
    ParserRegistry parsers() {
        return parserSource.get();
    }

    /** {@return the output formats} */
    RendererRegistry renderers() {
        return rendererSource.get();
    }
}
