package io.github.broadsheet.cli;

import io.github.broadsheet.parse.ParserRegistry;
import io.github.broadsheet.render.RendererRegistry;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.Objects;

/**
 * What the commands work with besides their arguments: the standard streams for article data and
 * the registered formats. Messages go to picocli's {@code getOut()} and {@code getErr()} writers
 * instead; article output is written to {@link #stdout()} as bytes, unchanged.
 *
 * @param stdin where {@code -} as an input reads from
 * @param stdout where article output goes when no file is named
 * @param parsers the input formats
 * @param renderers the output formats
 * @param stderrIsTerminal whether standard error is a terminal, where {@code convert} draws a progress bar
 * @param stderrCharset the charset messages are written to standard error in
 */
record Environment(InputStream stdin, PrintStream stdout, ParserRegistry parsers, RendererRegistry renderers,
        boolean stderrIsTerminal, Charset stderrCharset) {

    Environment {
        Objects.requireNonNull(stdin, "stdin");
        Objects.requireNonNull(stdout, "stdout");
        Objects.requireNonNull(parsers, "parsers");
        Objects.requireNonNull(renderers, "renderers");
        Objects.requireNonNull(stderrCharset, "stderrCharset");
    }
}
