package io.github.broadsheet.parse;

import java.nio.file.Path;

/**
 * The shortest way to read an article: the format is picked by the file's extension or content
 * from the {@linkplain ParserRegistry#defaultRegistry() default registry}.
 * {@snippet :
 * ParseResult result = Articles.read(Path.of("ferry-strike.json"));
 * Article article = result.article();
 * result.diagnostics().forEach(System.err::println);
 * }
 */
public final class Articles {

    private Articles() {}

    /**
     * Reads a file with the default settings.
     *
     * @param file the file
     * @return the article and its diagnostics
     * @throws ArticleParseException if the file is not a readable article; the message names the
     *     file, line and column
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public static ParseResult read(Path file) {
        return read(file, ParseOptions.defaults());
    }

    /**
     * Reads a file.
     *
     * @param file the file
     * @param options the parser settings
     * @return the article and its diagnostics
     * @throws ArticleParseException if the file is not a readable article
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public static ParseResult read(Path file, ParseOptions options) {
        return ParserRegistry.defaultRegistry().read(file, options);
    }
}
