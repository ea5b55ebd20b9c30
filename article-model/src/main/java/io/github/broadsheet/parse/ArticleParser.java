package io.github.broadsheet.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads one format into an article. Implementations are immutable and thread-safe: build one,
 * then parse any number of inputs from any thread.
 *
 * <p>Every method either returns a {@link ParseResult} whose diagnostics say what was dropped or
 * guessed, or throws an {@link ArticleParseException} whose one-line message names the input, the
 * position and the problem. I/O failures are {@link UncheckedIOException}s.
 */
public interface ArticleParser {

    /**
     * Parses text.
     *
     * @param reader the text; read to its end but not closed
     * @param sourceName the input's name for messages, such as its path or {@code <stdin>}
     * @return the article and its diagnostics
     * @throws ArticleParseException if the text is not an article of this format
     */
    ParseResult parse(Reader reader, String sourceName);

    /**
     * Parses a string.
     *
     * @param text the text
     * @param sourceName the input's name for messages
     * @return the article and its diagnostics
     * @throws ArticleParseException if the text is not an article of this format
     */
    default ParseResult parse(String text, String sourceName) {
        return parse(new StringReader(text), sourceName);
    }

    /**
     * Parses UTF-8 bytes (with or without a byte order mark). Malformed UTF-8 is an error that
     * names the byte offset; it is never replaced silently.
     *
     * @param in the bytes; read to its end but not closed
     * @param sourceName the input's name for messages
     * @return the article and its diagnostics
     * @throws ArticleParseException if the bytes are not UTF-8, exceed the size limit, or are not
     *     an article of this format
     */
    default ParseResult parse(InputStream in, String sourceName) {
        return parse(SourceText.read(in, sourceName, ParseOptions.DEFAULT_MAX_INPUT_BYTES), sourceName);
    }

    /**
     * Parses a UTF-8 file. Messages name the file as {@code file.toString()} gives it.
     *
     * @param file the file
     * @return the article and its diagnostics
     * @throws ArticleParseException if the file is not an article of this format
     */
    default ParseResult parse(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
