package io.github.broadsheet.json;

import io.github.broadsheet.model.Article;
import io.github.broadsheet.parse.ArticleParseException;
import io.github.broadsheet.parse.ArticleParser;
import io.github.broadsheet.parse.ParseOptions;
import io.github.broadsheet.parse.ParseResult;
import io.github.broadsheet.parse.SourceText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * The canonical JSON form of an article: a lossless writer and a strict reader, on Jackson's
 * streaming API. Immutable and thread-safe; build once with {@link #builder()} (or take
 * {@link #standard()}) and share.
 *
 * <p>The writer is canonical: fixed key order, two-space indentation, {@code "\n"} line ends,
 * UTF-8 without escaping non-ASCII text or slashes, absent optional fields left out, and no
 * newline after the closing brace. {@code read(write(a))} equals {@code a} for every article, and
 * {@code write(read(j))} is byte-identical to {@code j} for every {@code j} the writer produced.
 *
 * <p>The reader is strict by default: malformed JSON, a wrong type, a missing title, an unknown
 * block {@code type}, a heading level outside 1–6, a duplicate or unknown field each fail with an
 * {@link ArticleParseException} that names the source, line, column and JSON path
 * ({@code $.body[3].level}). Hostile input is bounded by {@link #DEFAULT_MAX_NESTING_DEPTH},
 * {@link #DEFAULT_MAX_STRING_LENGTH} and the input size limit of {@link ParseOptions}.
 */
public final class ArticleJson implements ArticleParser {

    /**
     * The default deepest nesting of arrays and objects: {@value}. An article needs five levels
     * plus two for each level of nested inline markup, so this allows markup nested about 28 deep
     * while keeping the reader's recursion far from a stack overflow.
     */
    public static final int DEFAULT_MAX_NESTING_DEPTH = 64;

    /**
     * The default longest string value, in characters: {@value} (16 Mi), room for an image inlined
     * as a {@code data:} URI.
     */
    public static final int DEFAULT_MAX_STRING_LENGTH = 16 * 1024 * 1024;

    private static final ArticleJson STANDARD = builder().build();

    private final JsonFactory factory;
    private final boolean strict;
    private final long maxInputBytes;
    private final int maxNestingDepth;
    private final int maxStringLength;
    private final ObjectWriteContext writeContext;

    private ArticleJson(Builder b) {
        this.strict = b.strict;
        this.maxInputBytes = b.maxInputBytes;
        this.maxNestingDepth = b.maxNestingDepth;
        this.maxStringLength = b.maxStringLength;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(b.maxNestingDepth)
                        .maxStringLength(b.maxStringLength)
                        .maxDocumentLength(b.maxInputBytes)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
                .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
                .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                .build();
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        PrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        this.writeContext = new ObjectWriteContext.Base() {
            @Override
            public PrettyPrinter getPrettyPrinter() {
                // DefaultPrettyPrinter keeps nesting state: one instance per generator.
                return ((DefaultPrettyPrinter) printer).createInstance();
            }

            @Override
            public boolean hasPrettyPrinter() {
                return true;
            }
        };
    }

    /** {@return the reader and writer with every default} */
    public static ArticleJson standard() {
        return STANDARD;
    }

    /** {@return a builder starting from the defaults} */
    public static Builder builder() {
        return new Builder();
    }

    // ---------------------------------------------------------------- writing

    /**
     * Writes an article as canonical JSON.
     *
     * @param article the article
     * @return the JSON text
     */
    public String write(Article article) {
        return new String(toBytes(article), StandardCharsets.UTF_8);
    }

    /**
     * Writes an article as canonical JSON in UTF-8.
     *
     * @param article the article
     * @return the JSON bytes
     */
    public byte[] toBytes(Article article) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        write(article, out);
        return out.toByteArray();
    }

    /**
     * Writes an article as canonical JSON in UTF-8. The stream is flushed, not closed.
     *
     * @param article the article
     * @param out where to write
     * @throws UncheckedIOException if writing fails
     */
    public void write(Article article, OutputStream out) {
        try (JsonGenerator g = factory.createGenerator(writeContext, out, JsonEncoding.UTF8)) {
            JsonArticleWriter.write(article, g);
        } catch (JacksonException e) {
            throw unchecked(e);
        }
    }

    /**
     * Writes an article as canonical JSON. The writer is flushed, not closed.
     *
     * @param article the article
     * @param out where to write
     * @throws UncheckedIOException if writing fails
     */
    public void write(Article article, Writer out) {
        try (JsonGenerator g = factory.createGenerator(writeContext, out)) {
            JsonArticleWriter.write(article, g);
        } catch (JacksonException e) {
            throw unchecked(e);
        }
    }

    private static RuntimeException unchecked(JacksonException e) {
        if (e.getCause() instanceof java.io.IOException io) {
            return new UncheckedIOException(io);
        }
        return e;
    }

    // ---------------------------------------------------------------- reading

    /**
     * Reads an article from JSON text.
     *
     * @param reader the text; read to its end but not closed
     * @param sourceName the input's name for messages
     * @return the article and its diagnostics (ignored unknown fields when not strict)
     * @throws ArticleParseException if the text is not an article; the message names the source,
     *     line, column and JSON path
     */
    @Override
    public ParseResult parse(Reader reader, String sourceName) {
        JsonParser parser;
        try {
            parser = factory.createParser(ObjectReadContext.empty(), skipBom(reader));
        } catch (JacksonException e) {
            throw JsonArticleReader.translate(e, null, sourceName);
        }
        try (parser) {
            return new JsonArticleReader(parser, sourceName, strict).read();
        }
    }

    @Override
    public ParseResult parse(String text, String sourceName) {
        return parse(new StringReader(text), sourceName);
    }

    /** A byte order mark decoded into the text (a file read with a plain {@code Reader}) is skipped. */
    private static Reader skipBom(Reader reader) {
        PushbackReader in = new PushbackReader(reader, 1);
        try {
            int first = in.read();
            if (first >= 0 && first != '\uFEFF') {
                in.unread(first);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return in;
    }

    /**
     * Reads an article from UTF-8 bytes, with or without a byte order mark.
     *
     * @param in the bytes; read to its end but not closed
     * @param sourceName the input's name for messages
     * @return the article and its diagnostics
     * @throws ArticleParseException if the input is not UTF-8, is too large, or is not an article
     */
    @Override
    public ParseResult parse(InputStream in, String sourceName) {
        return parse(SourceText.read(in, sourceName, maxInputBytes), sourceName);
    }

    /**
     * Reads an article and drops the diagnostics; convenient when the input is known to be
     * canonical JSON, as in tests and caches.
     *
     * @param json the JSON text
     * @return the article
     * @throws ArticleParseException if the text is not an article
     */
    public Article read(String json) {
        return parse(json, "<string>").article();
    }

    /** {@return whether unknown fields are errors (when {@code false}, warnings)} */
    public boolean strict() {
        return strict;
    }

    /** {@return the deepest nesting of arrays and objects accepted} */
    public int maxNestingDepth() {
        return maxNestingDepth;
    }

    /** {@return the longest string value accepted, in characters} */
    public int maxStringLength() {
        return maxStringLength;
    }

    /** {@return the largest input accepted, in bytes (or characters, for text input)} */
    public long maxInputBytes() {
        return maxInputBytes;
    }

    /** Builds an {@link ArticleJson}. Not thread-safe. */
    public static final class Builder {
        private boolean strict = true;
        private long maxInputBytes = ParseOptions.DEFAULT_MAX_INPUT_BYTES;
        private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
        private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;

        private Builder() {}

        /**
         * Takes the settings that concern JSON from general parser options: strictness and the
         * input size limit.
         *
         * @param options the options
         * @return this builder
         */
        public Builder options(ParseOptions options) {
            this.strict = options.strict();
            this.maxInputBytes = options.maxInputBytes();
            return this;
        }

        /**
         * Whether an unknown field is an error; defaults to {@code true}. When {@code false} it is
         * skipped and reported as a warning diagnostic, which suits hand-written files that carry
         * notes of their own.
         *
         * @param strict whether unknown fields are errors
         * @return this builder
         */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /**
         * The largest input; defaults to {@link ParseOptions#DEFAULT_MAX_INPUT_BYTES}.
         *
         * @param maxInputBytes the limit, positive
         * @return this builder
         */
        public Builder maxInputBytes(long maxInputBytes) {
            this.maxInputBytes = maxInputBytes;
            return this;
        }

        /**
         * The deepest nesting; defaults to {@link #DEFAULT_MAX_NESTING_DEPTH}.
         *
         * @param maxNestingDepth the limit, from 8 to 1000
         * @return this builder
         */
        public Builder maxNestingDepth(int maxNestingDepth) {
            this.maxNestingDepth = maxNestingDepth;
            return this;
        }

        /**
         * The longest string value; defaults to {@link #DEFAULT_MAX_STRING_LENGTH}.
         *
         * @param maxStringLength the limit in characters, positive
         * @return this builder
         */
        public Builder maxStringLength(int maxStringLength) {
            this.maxStringLength = maxStringLength;
            return this;
        }

        /**
         * {@return the reader and writer}
         *
         * @throws IllegalArgumentException if a limit is out of range
         */
        public ArticleJson build() {
            if (maxInputBytes < 1) {
                throw new IllegalArgumentException("maxInputBytes must be positive, was " + maxInputBytes);
            }
            if (maxNestingDepth < 8 || maxNestingDepth > 1000) {
                throw new IllegalArgumentException("maxNestingDepth must be from 8 to 1000, was " + maxNestingDepth);
            }
            if (maxStringLength < 1) {
                throw new IllegalArgumentException("maxStringLength must be positive, was " + maxStringLength);
            }
            return new ArticleJson(this);
        }
    }
}
