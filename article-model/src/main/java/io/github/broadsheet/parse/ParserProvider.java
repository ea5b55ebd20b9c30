package io.github.broadsheet.parse;

import java.util.List;

/**
 * The service a format registers so that the {@link ParserRegistry} finds it: list the
 * implementation in {@code META-INF/services/io.github.broadsheet.parse.ParserProvider} (or in
 * {@code provides} of a {@code module-info}), and {@link Articles#read(java.nio.file.Path)}, the
 * command line's {@code convert} and {@code formats} pick it up with no other change.
 *
 * <p>Implementations need a public no-argument constructor and must be thread-safe.
 */
public interface ParserProvider {

    /** {@return the format's short name, lower case, such as {@code json}; unique among providers} */
    String name();

    /** {@return a one-line description for listings} */
    String description();

    /** {@return the format's media type, such as {@code application/json}} */
    String mediaType();

    /** {@return the file name extensions, lower case and without the dot, that name this format} */
    List<String> extensions();

    /**
     * Says how sure the provider is that an input whose name does not settle it is in its
     * format, judging from the input's first bytes.
     *
     * @param head up to the first {@value ParserRegistry#SNIFF_BYTES} bytes of the input (fewer
     *     when the input is shorter); the array is the provider's to read, not to keep
     * @return from 0 (certainly not) to 100 (certainly)
     */
    int sniff(byte[] head);

    /**
     * {@return a parser for this format}
     *
     * @param options the settings to apply
     */
    ArticleParser create(ParseOptions options);
}
