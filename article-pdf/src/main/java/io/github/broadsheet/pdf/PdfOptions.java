package io.github.broadsheet.pdf;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The settings of a PDF that {@link io.github.broadsheet.render.RenderOptions} does not hold:
 * the page, the type, the page furniture, PDF/A and the document dates. Immutable; build with
 * {@link #builder()}, or from text with {@link #parse(Map)} (a command line's flags, a
 * configuration file's keys).
 *
 * @param pageSize the page size; defaults to {@link PageSize#A4}
 * @param margins the margins; defaults to {@link Margins#DEFAULT} (20 mm top and bottom, 25 mm at
 *     the sides); the text area left inside them is at least {@value #MIN_TEXT_AREA} points each way
 * @param baseFontSize the size of body text in points; defaults to {@value #DEFAULT_BASE_FONT_SIZE},
 *     within {@value #MIN_BASE_FONT_SIZE}–{@value #MAX_BASE_FONT_SIZE}; headings, captions and page
 *     furniture are sized from it
 * @param typeface serif or sans-serif text; defaults to {@link Typeface#SERIF}
 * @param header whether pages from the second on carry a running header with the source and the
 *     title; defaults to {@code true}
 * @param footer whether every page carries a {@code Page N of M} footer; defaults to {@code true}
 * @param pdfa whether to write PDF/A-2b (ISO 19005-2, level B), the archival form: an sRGB output
 *     intent and XMP identification are added; defaults to {@code false}
 * @param creationDate the creation and modification date the PDF records; when empty, the
 *     article's publication date (midnight when it has no time, UTC when it has no offset), and no
 *     date at all when the article has none. Never the clock, so that the same input gives the
 *     same bytes
 */
public record PdfOptions(
        PageSize pageSize,
        Margins margins,
        float baseFontSize,
        Typeface typeface,
        boolean header,
        boolean footer,
        boolean pdfa,
        Optional<OffsetDateTime> creationDate) {

    /** The default body text size: {@value} points. */
    public static final float DEFAULT_BASE_FONT_SIZE = 11;
    /** The smallest body text size: {@value} points. */
    public static final float MIN_BASE_FONT_SIZE = 6;
    /** The largest body text size: {@value} points. */
    public static final float MAX_BASE_FONT_SIZE = 36;
    /** The least width and height of the text area inside the margins: {@value} points (two inches). */
    public static final float MIN_TEXT_AREA = 144;

    /** The key of {@link #pageSize()} in {@link #parse(Map)}: a value {@link PageSize#parse(String)} reads. */
    public static final String PAGE_SIZE = "page-size";
    /** The key of {@link #margins()}: a value {@link Margins#parse(String)} reads. */
    public static final String MARGINS = "margins";
    /** The key of {@link #baseFontSize()}: points, such as {@code 10.5}. */
    public static final String FONT_SIZE = "font-size";
    /** The key of {@link #typeface()}: {@code serif} or {@code sans}. */
    public static final String TYPEFACE = "typeface";
    /** The key of {@link #header()}: {@code true} or {@code false}. */
    public static final String HEADER = "header";
    /** The key of {@link #footer()}: {@code true} or {@code false}. */
    public static final String FOOTER = "footer";
    /** The key of {@link #pdfa()}: {@code true} or {@code false}. */
    public static final String PDFA = "pdfa";
    /** The key of {@link #creationDate()}: an ISO 8601 date-time with an offset, such as {@code 2026-03-14T09:00:00Z}. */
    public static final String CREATION_DATE = "creation-date";
    /** Every key {@link #parse(Map)} knows, in the order of the components. */
    public static final List<String> KEYS = List.of(PAGE_SIZE, MARGINS, FONT_SIZE, TYPEFACE, HEADER, FOOTER, PDFA,
            CREATION_DATE);

    private static final PdfOptions DEFAULTS = new PdfOptions(PageSize.A4, Margins.DEFAULT, DEFAULT_BASE_FONT_SIZE,
            Typeface.SERIF, true, true, false, Optional.empty());

    /** Checks every component, and that the margins leave room for text. */
    public PdfOptions {
        Objects.requireNonNull(pageSize, "pageSize");
        Objects.requireNonNull(margins, "margins");
        Objects.requireNonNull(typeface, "typeface");
        Objects.requireNonNull(creationDate, "creationDate");
        checkFontSize(baseFontSize);
        float textWidth = pageSize.width() - margins.left() - margins.right();
        float textHeight = pageSize.height() - margins.top() - margins.bottom();
        if (textWidth < MIN_TEXT_AREA || textHeight < MIN_TEXT_AREA) {
            throw new IllegalArgumentException("the margins " + describe(margins) + " leave a text area of "
                    + Lengths.format(Math.max(textWidth, 0)) + " × " + Lengths.format(Math.max(textHeight, 0))
                    + " on a " + Lengths.format(pageSize.width()) + " × " + Lengths.format(pageSize.height())
                    + " page; it must be at least " + Lengths.format(MIN_TEXT_AREA) + " each way");
        }
    }

    private static float checkFontSize(float size) {
        if (!(size >= MIN_BASE_FONT_SIZE && size <= MAX_BASE_FONT_SIZE)) {
            throw new IllegalArgumentException("the base font size must be from " + MIN_BASE_FONT_SIZE + " to "
                    + MAX_BASE_FONT_SIZE + " points, was " + size);
        }
        return size;
    }

    private static String describe(Margins m) {
        return Lengths.format(m.top()) + " " + Lengths.format(m.right()) + " " + Lengths.format(m.bottom()) + " "
                + Lengths.format(m.left());
    }

    /** {@return the defaults: A4, 20/25 mm margins, 11-point serif text, header and footer, not PDF/A} */
    public static PdfOptions defaults() {
        return DEFAULTS;
    }

    /** {@return a builder starting from the defaults} */
    public static Builder builder() {
        return new Builder(DEFAULTS);
    }

    /** {@return a builder starting from these options} */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Reads options from text keys and values, such as a command line's {@code --page-size letter
     * --pdfa}: the keys are those of {@link #KEYS}; a key that is absent keeps its default.
     *
     * @param settings the keys and values
     * @return the options
     * @throws IllegalArgumentException if a key is unknown (the message lists the known ones) or a
     *     value cannot be read (the message names the key and quotes the value)
     */
    public static PdfOptions parse(Map<String, String> settings) {
        Builder builder = builder();
        settings.forEach(builder::set);
        return builder.build();
    }

    /** Builds {@link PdfOptions}. Not thread-safe; {@link #build()} may be called many times. */
    public static final class Builder {
        private PageSize pageSize;
        private Margins margins;
        private float baseFontSize;
        private Typeface typeface;
        private boolean header;
        private boolean footer;
        private boolean pdfa;
        private OffsetDateTime creationDate;

        private Builder(PdfOptions from) {
            this.pageSize = from.pageSize;
            this.margins = from.margins;
            this.baseFontSize = from.baseFontSize;
            this.typeface = from.typeface;
            this.header = from.header;
            this.footer = from.footer;
            this.pdfa = from.pdfa;
            this.creationDate = from.creationDate.orElse(null);
        }

        /** {@return this builder} @param pageSize the page size; default {@link PageSize#A4} */
        public Builder pageSize(PageSize pageSize) {
            this.pageSize = pageSize;
            return this;
        }

        /** {@return this builder} @param margins the margins; default {@link Margins#DEFAULT} */
        public Builder margins(Margins margins) {
            this.margins = margins;
            return this;
        }

        /** {@return this builder} @param points the body text size; default {@value PdfOptions#DEFAULT_BASE_FONT_SIZE} */
        public Builder baseFontSize(float points) {
            this.baseFontSize = points;
            return this;
        }

        /** {@return this builder} @param typeface serif or sans-serif; default {@link Typeface#SERIF} */
        public Builder typeface(Typeface typeface) {
            this.typeface = typeface;
            return this;
        }

        /** {@return this builder} @param header whether to print the running header; default {@code true} */
        public Builder header(boolean header) {
            this.header = header;
            return this;
        }

        /** {@return this builder} @param footer whether to print {@code Page N of M}; default {@code true} */
        public Builder footer(boolean footer) {
            this.footer = footer;
            return this;
        }

        /** {@return this builder} @param pdfa whether to write PDF/A-2b; default {@code false} */
        public Builder pdfa(boolean pdfa) {
            this.pdfa = pdfa;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param creationDate the date the PDF records, or {@code null} for the article's publication date
         */
        public Builder creationDate(OffsetDateTime creationDate) {
            this.creationDate = creationDate;
            return this;
        }

        /**
         * Sets one option from text, as {@link PdfOptions#parse(Map)} reads it.
         *
         * @param key one of {@link PdfOptions#KEYS}
         * @param value the value as text
         * @return this builder
         * @throws IllegalArgumentException if the key is unknown or the value cannot be read
         */
        public Builder set(String key, String value) {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
            try {
                switch (key) {
                    case PAGE_SIZE -> pageSize(PageSize.parse(value));
                    case MARGINS -> margins(Margins.parse(value));
                    case FONT_SIZE -> baseFontSize(checkFontSize(Lengths.points(value, "the font size")));
                    case TYPEFACE -> typeface(typefaceOf(value));
                    case HEADER -> header(booleanOf(value));
                    case FOOTER -> footer(booleanOf(value));
                    case PDFA -> pdfa(booleanOf(value));
                    case CREATION_DATE -> creationDate(dateOf(value));
                    default -> throw new IllegalArgumentException("unknown PDF option \"" + key + "\"; known options: "
                            + String.join(", ", KEYS));
                }
            } catch (IllegalArgumentException e) {
                if (!KEYS.contains(key)) {
                    throw e;
                }
                throw new IllegalArgumentException(key + ": " + e.getMessage(), e);
            }
            return this;
        }

        private static Typeface typefaceOf(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "serif" -> Typeface.SERIF;
                case "sans", "sans-serif" -> Typeface.SANS;
                default -> throw new IllegalArgumentException("a typeface is serif or sans, was \"" + value + "\"");
            };
        }

        private static boolean booleanOf(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "true" -> true;
                case "false" -> false;
                default -> throw new IllegalArgumentException("expected true or false, was \"" + value + "\"");
            };
        }

        private static OffsetDateTime dateOf(String value) {
            try {
                return OffsetDateTime.parse(value.strip());
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("expected an ISO 8601 date-time with an offset such as"
                        + " 2026-03-14T09:00:00Z, was \"" + value + "\"", e);
            }
        }

        /** {@return the options} @throws IllegalArgumentException if a part is out of range */
        public PdfOptions build() {
            return new PdfOptions(pageSize, margins, baseFontSize, typeface, header, footer, pdfa,
                    Optional.ofNullable(creationDate));
        }
    }
}
