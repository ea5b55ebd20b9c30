package io.github.broadsheet.printtext;

import io.github.broadsheet.parse.ArticleParseException;
import io.github.broadsheet.parse.ArticleParser;
import io.github.broadsheet.parse.Location;
import io.github.broadsheet.parse.ParseOptions;
import io.github.broadsheet.parse.ParseResult;
import io.github.broadsheet.parse.SourceText;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Reads articles saved as text from news sites' print views: page chrome around the article, a
 * title (perhaps indented, perhaps after a bullet), metadata lines under it ({@code Source:},
 * {@code Date:}, {@code Author:}, {@code By NAME}), then a body of paragraphs separated by blank
 * lines, with photo credits, section headings and lists. Immutable and thread-safe: build one,
 * then parse any number of inputs from any thread.
 * {@snippet :
 * PrintTextParser parser = PrintTextParser.builder().dayFirst(true).build();
 * ParseResult result = parser.parse(Path.of("harbour.txt"));
 * result.diagnostics().forEach(System.err::println);
 * }
 *
 * <h2>The format</h2>
 * <ul>
 *   <li><b>Chrome.</b> Whole lines matched by one of the {@linkplain Builder#chromePatterns chrome
 *       patterns} ({@code Interval 10 seconds}, {@code print close}, {@code Print | Close},
 *       {@code [Print] [Close]}, {@code Font size: A A A}, {@code Share:}, …) are dropped wherever
 *       they stand, each reported as an info diagnostic with its line.</li>
 *   <li><b>Title.</b> The first line that is not blank or chrome; a leading bullet ({@code •},
 *       {@code ·}, {@code -}, {@code *}, …) is dropped.</li>
 *   <li><b>Metadata.</b> The lines right under the title that start with a label and a colon
 *       ({@code :} or {@code ：}, spaces around it optional) or with {@code By NAME}: {@code Source:}
 *       (also {@code 来源}), {@code Date:} ({@code Published}, {@code Posted}, {@code 日期},
 *       {@code 时间}, {@code 发布时间}), {@code Author:} ({@code Authors}, {@code 作者},
 *       {@code 记者}). Several fields may share a line, separated by two or more spaces (U+00A0
 *       counts), a tab, U+3000 or {@code |}. A byline is split into names at {@code ,}
 *       {@code ，} {@code 、} {@code ;} {@code &} and the word {@code and}. {@code By NAME} counts
 *       only when the words after {@code By} look like names (capitalised, at most ten), so
 *       {@code By the end of 2021, …} stays body text. A field the article has no place for (an
 *       unknown label on a metadata line, a second date, an unreadable date) is kept as a paragraph
 *       at the top of the body, with a warning, so that no text is lost.</li>
 *   <li><b>Dates.</b> {@code M/d/yyyy} (month first unless {@link Builder#dayFirst(boolean)}),
 *       {@code yyyy-MM-dd}, {@code yyyy/MM/dd}, {@code yyyy-M-d}, {@code April 12, 2022},
 *       {@code 12 April 2022} and {@code 2022年4月12日}, optionally followed by {@code HH:mm} or
 *       {@code HH:mm:ss} (with {@code am}/{@code pm} and an offset such as {@code +08:00} or
 *       {@code UTC} if given). The date keeps the precision it was written in.</li>
 *   <li><b>Body.</b> Paragraphs are separated by blank lines (a line of spaces is blank; runs of
 *       blank lines count as one). A paragraph's lines are joined with one space, or none where
 *       either side of the join is CJK. Runs of spaces inside a line become one space.</li>
 *   <li><b>Photo credits.</b> A line {@code Photo: NAME}, {@code Photo by NAME},
 *       {@code Photo/NAME} or {@code (Photo: NAME)} becomes a figure with that credit, in place.</li>
 *   <li><b>Section headings.</b> A paragraph of one line, standing alone, that is followed by
 *       body text (a paragraph or list, figures in between not counting), has at most
 *       {@linkplain Builder#maxHeadingWords(int) 12 words} and
 *       {@linkplain Builder#maxHeadingLength(int) 100 characters}, and does not end in sentence
 *       punctuation ({@code . ! ? ; : , … 。 ！ ？ ； ： ， 、}, looking through closing quotes and
 *       brackets), becomes a level-2 heading, reported as an info diagnostic.</li>
 *   <li><b>Lists.</b> Lines starting with {@code •}, {@code -}, {@code *} (and other bullet
 *       glyphs), {@code 1.}, {@code 1)} or {@code 1、} become list items; consecutive items of the
 *       same kind, blank lines between them allowed, make one list, ordered for numbers. A line
 *       right under an item, with no blank line between, continues it.</li>
 *   <li><b>Separators.</b> A body line with no letter or digit ({@code * * *}, {@code ———}) is
 *       dropped with a warning: the model has no divider.</li>
 *   <li><b>Encoding.</b> UTF-8 with or without a byte order mark; LF, CRLF or CR line ends.
 *       Tabs, U+00A0, U+3000 and the other Unicode spaces count as spaces; zero-width spaces are
 *       ignored.</li>
 * </ul>
 *
 * <h2>Errors</h2>
 * An {@link ArticleParseException}, whose one-line message names the source, line and column, for
 * input that holds no article: empty, only white space, only chrome, a title with no body,
 * binary data (a NUL byte or a control character), UTF-16, invalid UTF-8 (naming the byte offset),
 * a line longer than {@link Builder#maxLineLength(int)}, or input larger than
 * {@link Builder#maxInputBytes(long)}. Everything else is a {@linkplain ParseResult#diagnostics()
 * diagnostic}. Parsing time is linear in the input's size: every regular expression runs on text
 * of bounded length.
 */
public final class PrintTextParser implements ArticleParser {

    /**
     * The default most words a section heading has: {@value}. News section headings run to a
     * handful of words; a dozen leaves room for long ones while a sentence-length line without a
     * full stop stays a paragraph.
     */
    public static final int DEFAULT_MAX_HEADING_WORDS = 12;

    /**
     * The default most characters a section heading has: {@value}. Bounds headings in scripts
     * written without spaces (Chinese, Japanese), where words cannot be counted.
     */
    public static final int DEFAULT_MAX_HEADING_LENGTH = 100;

    /**
     * The default longest line, in characters: {@value} (64 Ki), some ten thousand words, far
     * beyond any paragraph. A longer line, such as a multi-megabyte dump on one line, is an error
     * instead of a title nobody can read.
     */
    public static final int DEFAULT_MAX_LINE_LENGTH = 64 * 1024;

    /**
     * The longest line tested against the chrome patterns: {@value} characters. Chrome is short;
     * the bound also keeps a user's pattern from running over a long line.
     */
    public static final int MAX_CHROME_LINE_LENGTH = 200;

    /**
     * The most diagnostics one parse reports: {@value}. Past that a last warning says how many
     * more there were, so that hostile input (a million chrome lines) cannot fill memory.
     */
    public static final int MAX_DIAGNOSTICS = 1000;

    /**
     * The default chrome patterns, each matched (case-insensitively) against a whole line after
     * trimming and collapsing its spaces:
     * <ol>
     *   <li>a refresh interval: {@code Interval 10 seconds}</li>
     *   <li>print-page controls, one or more, in brackets or not, separated by spaces, {@code |}
     *       or {@code /}: {@code print close}, {@code Print | Close}, {@code [Print] [Close]},
     *       {@code Print this page}, {@code Printer-friendly version}, {@code Close window},
     *       {@code Back}, {@code Email this article},
     *       {@code 【打印】【关闭】}</li>
     *   <li>text size controls: {@code Font size: A A A}, {@code Text size: A+ A-}, {@code 字号：大 中 小}</li>
     *   <li>share controls: {@code Share:}, {@code Share this article}, {@code Share on: Facebook Twitter},
     *       {@code 分享到：微信 微博}</li>
     *   <li>{@code Back to top}, {@code Top}</li>
     * </ol>
     */
    public static final List<Pattern> DEFAULT_CHROME_PATTERNS = Chrome.DEFAULTS;

    private static final PrintTextParser STANDARD = builder().build();

    private final boolean dayFirst;
    private final int maxHeadingWords;
    private final int maxHeadingLength;
    private final List<Pattern> chromePatterns;
    /** The chrome patterns ready for matching, made once here rather than on each parse. */
    private final Chrome chrome;
    private final long maxInputBytes;
    private final int maxLineLength;

    private PrintTextParser(Builder b) {
        this.dayFirst = b.dayFirst;
        this.maxHeadingWords = b.maxHeadingWords;
        this.maxHeadingLength = b.maxHeadingLength;
        this.chromePatterns = List.copyOf(b.chromePatterns);
        this.chrome = Chrome.of(chromePatterns);
        this.maxInputBytes = b.maxInputBytes;
        this.maxLineLength = b.maxLineLength;
    }

    /** {@return the parser with every default} */
    public static PrintTextParser standard() {
        return STANDARD;
    }

    /** {@return a builder starting from the defaults} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this parser's settings, to build a changed copy} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.dayFirst = dayFirst;
        b.maxHeadingWords = maxHeadingWords;
        b.maxHeadingLength = maxHeadingLength;
        b.chromePatterns.clear();
        b.chromePatterns.addAll(chromePatterns);
        b.maxInputBytes = maxInputBytes;
        b.maxLineLength = maxLineLength;
        return b;
    }

    /**
     * Parses text.
     *
     * @param reader the text; read to its end but not closed
     * @param sourceName the input's name for messages
     * @return the article and its diagnostics
     * @throws ArticleParseException if the text holds no article, is binary, or breaks a limit
     * @throws UncheckedIOException if reading fails
     */
    @Override
    public ParseResult parse(Reader reader, String sourceName) {
        Objects.requireNonNull(sourceName, "sourceName");
        return parseText(readAll(reader, sourceName), sourceName);
    }

    /**
     * Parses a string.
     *
     * @param text the text; a leading byte order mark is skipped
     * @param sourceName the input's name for messages
     * @return the article and its diagnostics
     * @throws ArticleParseException if the text holds no article, is binary, or breaks a limit
     */
    @Override
    public ParseResult parse(String text, String sourceName) {
        Objects.requireNonNull(sourceName, "sourceName");
        if (text.length() > maxInputBytes) {
            throw tooLarge(sourceName, "characters");
        }
        return parseText(text, sourceName);
    }

    /**
     * Parses UTF-8 bytes, with or without a byte order mark.
     *
     * @param in the bytes; read to its end but not closed
     * @param sourceName the input's name for messages
     * @return the article and its diagnostics
     * @throws ArticleParseException if the bytes are binary, UTF-16 or not UTF-8 (naming the byte
     *     offset), exceed {@link #maxInputBytes()}, or hold no article
     * @throws UncheckedIOException if reading fails
     */
    @Override
    public ParseResult parse(InputStream in, String sourceName) {
        Objects.requireNonNull(sourceName, "sourceName");
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(maxInputBytes + 1, Integer.MAX_VALUE - 16));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + sourceName + ": " + e.getMessage(), e);
        }
        if (bytes.length > maxInputBytes) {
            throw tooLarge(sourceName, "bytes");
        }
        checkNotBinary(bytes, sourceName);
        return parseText(SourceText.decode(bytes, sourceName), sourceName);
    }

    private ParseResult parseText(String text, String sourceName) {
        String body = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
        return new ArticleReading(this, sourceName).read(body);
    }

    private String readAll(Reader reader, String sourceName) {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        try {
            int n;
            while ((n = reader.read(buffer)) != -1) {
                if (text.length() + (long) n > maxInputBytes) {
                    throw tooLarge(sourceName, "characters");
                }
                text.append(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + sourceName + ": " + e.getMessage(), e);
        }
        return text.toString();
    }

    private ArticleParseException tooLarge(String sourceName, String unit) {
        return new ArticleParseException(Location.start(sourceName),
                "input is larger than the limit of " + maxInputBytes + " " + unit);
    }

    /** Refuses UTF-16 (by its byte order mark) and anything with a NUL byte, naming where. */
    private static void checkNotBinary(byte[] bytes, String sourceName) {
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            throw new ArticleParseException(Location.start(sourceName), String.format(
                    "UTF-16 text (byte order mark %02X %02X), not UTF-8; save the file as UTF-8",
                    bytes[0] & 0xFF, bytes[1] & 0xFF));
        }
        int line = 1;
        int column = 1;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw new ArticleParseException(new Location(sourceName, line, column),
                        "binary data, not text: a NUL byte at byte offset " + i);
            }
            if (b == '\n' || (b == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n'))) {
                line++;
                column = 1;
            } else if (b != '\r' && (b & 0xC0) != 0x80) {
                // One column per character: continuation bytes add none, four-byte ones a surrogate pair.
                column += b >= 0xF0 ? 2 : 1;
            }
        }
    }

    /** {@return whether numeric dates such as {@code 4/12/2022} are read day first} */
    public boolean dayFirst() {
        return dayFirst;
    }

    /** {@return the most words a section heading has; 0 when headings are not guessed} */
    public int maxHeadingWords() {
        return maxHeadingWords;
    }

    /** {@return the most characters (code points) a section heading has} */
    public int maxHeadingLength() {
        return maxHeadingLength;
    }

    /** {@return the chrome patterns, each matched against a whole line} */
    public List<Pattern> chromePatterns() {
        return chromePatterns;
    }

    /** {@return the chrome patterns ready for matching} */
    Chrome chrome() {
        return chrome;
    }

    /** {@return the largest input accepted, in bytes (in characters for text input)} */
    public long maxInputBytes() {
        return maxInputBytes;
    }

    /** {@return the longest line accepted, in characters} */
    public int maxLineLength() {
        return maxLineLength;
    }

    @Override
    public String toString() {
        return "PrintTextParser[dayFirst=" + dayFirst + ", maxHeadingWords=" + maxHeadingWords
                + ", maxHeadingLength=" + maxHeadingLength + ", chromePatterns=" + chromePatterns.size()
                + ", maxInputBytes=" + maxInputBytes + ", maxLineLength=" + maxLineLength + "]";
    }

    /** Builds a {@link PrintTextParser}. Not thread-safe; {@link #build()} may be called many times. */
    public static final class Builder {
        private boolean dayFirst;
        private int maxHeadingWords = DEFAULT_MAX_HEADING_WORDS;
        private int maxHeadingLength = DEFAULT_MAX_HEADING_LENGTH;
        private final List<Pattern> chromePatterns = new ArrayList<>(DEFAULT_CHROME_PATTERNS);
        private long maxInputBytes = ParseOptions.DEFAULT_MAX_INPUT_BYTES;
        private int maxLineLength = DEFAULT_MAX_LINE_LENGTH;

        private Builder() {}

        /**
         * Takes the settings that concern this format from general parser options: day-first
         * dates and the input size limit. ({@link ParseOptions#strict()} has no meaning for a
         * format that is read by heuristics, and is ignored.)
         *
         * @param options the options
         * @return this builder
         */
        public Builder options(ParseOptions options) {
            this.dayFirst = options.dayFirst();
            this.maxInputBytes = options.maxInputBytes();
            return this;
        }

        /**
         * Whether numeric dates {@code a/b/yyyy} are day first ({@code 4/12/2022} is 4 December);
         * defaults to {@code false}, month first ({@code 4/12/2022} is 12 April), as the US sites
         * whose print views this format comes from write them. Either way, a first number above 12
         * is taken as the day, with a warning. Dates with the year first or the month in words are
         * never ambiguous.
         *
         * @param dayFirst whether numeric dates are day first
         * @return this builder
         */
        public Builder dayFirst(boolean dayFirst) {
            this.dayFirst = dayFirst;
            return this;
        }

        /**
         * The most words (runs of non-space characters) a one-line paragraph may have to be taken
         * as a section heading; defaults to {@value #DEFAULT_MAX_HEADING_WORDS}. {@code 0} turns
         * heading guessing off: every such line stays a paragraph.
         *
         * @param maxHeadingWords from 0 to 1000
         * @return this builder
         */
        public Builder maxHeadingWords(int maxHeadingWords) {
            this.maxHeadingWords = maxHeadingWords;
            return this;
        }

        /**
         * The most characters (code points) a section heading may have; defaults to
         * {@value #DEFAULT_MAX_HEADING_LENGTH}.
         *
         * @param maxHeadingLength from 1 to 10,000
         * @return this builder
         */
        public Builder maxHeadingLength(int maxHeadingLength) {
            this.maxHeadingLength = maxHeadingLength;
            return this;
        }

        /**
         * Replaces the chrome patterns; the defaults are {@link #DEFAULT_CHROME_PATTERNS}. Each
         * pattern is matched against a whole line (trimmed, its spaces collapsed to one ASCII
         * space) with {@link java.util.regex.Matcher#matches()}; lines longer than
         * {@value #MAX_CHROME_LINE_LENGTH} characters are never chrome. Pass an empty collection
         * to drop no chrome at all.
         *
         * @param patterns the patterns
         * @return this builder
         */
        public Builder chromePatterns(Collection<Pattern> patterns) {
            List<Pattern> copy = new ArrayList<>(Objects.requireNonNull(patterns, "patterns"));
            for (int i = 0; i < copy.size(); i++) {
                Objects.requireNonNull(copy.get(i), "chromePatterns[" + i + "]");
            }
            chromePatterns.clear();
            chromePatterns.addAll(copy);
            return this;
        }

        /**
         * Adds a chrome pattern to those set so far, such as a site's own
         * {@code Pattern.compile("more from the harbour times", Pattern.CASE_INSENSITIVE)}.
         *
         * @param pattern the pattern, matched against a whole line
         * @return this builder
         */
        public Builder addChromePattern(Pattern pattern) {
            chromePatterns.add(Objects.requireNonNull(pattern, "pattern"));
            return this;
        }

        /**
         * Adds a chrome pattern, compiled case-insensitively.
         *
         * @param regex the regular expression, matched against a whole line
         * @return this builder
         * @throws java.util.regex.PatternSyntaxException if the expression is invalid
         */
        public Builder addChromePattern(String regex) {
            return addChromePattern(Pattern.compile(Objects.requireNonNull(regex, "regex"),
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }

        /**
         * The largest input, in bytes (in characters for a {@link Reader} or string); defaults to
         * {@link ParseOptions#DEFAULT_MAX_INPUT_BYTES}. A larger input fails at once.
         *
         * @param maxInputBytes the limit, positive
         * @return this builder
         */
        public Builder maxInputBytes(long maxInputBytes) {
            this.maxInputBytes = maxInputBytes;
            return this;
        }

        /**
         * The longest line, in characters; defaults to {@value #DEFAULT_MAX_LINE_LENGTH}. A longer
         * line fails the parse with its line number.
         *
         * @param maxLineLength the limit, positive
         * @return this builder
         */
        public Builder maxLineLength(int maxLineLength) {
            this.maxLineLength = maxLineLength;
            return this;
        }

        /**
         * {@return the parser}
         *
         * @throws IllegalArgumentException if a setting is out of range
         */
        public PrintTextParser build() {
            if (maxHeadingWords < 0 || maxHeadingWords > 1000) {
                throw new IllegalArgumentException("maxHeadingWords must be from 0 to 1000, was " + maxHeadingWords);
            }
            if (maxHeadingLength < 1 || maxHeadingLength > 10_000) {
                throw new IllegalArgumentException("maxHeadingLength must be from 1 to 10000, was " + maxHeadingLength);
            }
            if (maxInputBytes < 1) {
                throw new IllegalArgumentException("maxInputBytes must be positive, was " + maxInputBytes);
            }
            if (maxLineLength < 1) {
                throw new IllegalArgumentException("maxLineLength must be positive, was " + maxLineLength);
            }
            return new PrintTextParser(this);
        }
    }
}
