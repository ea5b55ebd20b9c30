package io.github.broadsheet.pdf;

import io.github.broadsheet.json.ArticleJson;
import io.github.broadsheet.model.Article;
import io.github.broadsheet.model.PublicationDate;
import io.github.broadsheet.render.ArticleRenderer;
import io.github.broadsheet.render.OutputFormat;
import io.github.broadsheet.render.RenderOptions;
import io.github.broadsheet.render.RenderResult;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TimeZone;
import org.openpdf.text.ExceptionConverter;

/**
 * Renders an article as a printable PDF, laid out with OpenPDF: format name {@code pdf}.
 *
 * <p>The page carries the section, the title, the subtitle, a line with the source, the byline and
 * the date (labels and dates in the article's language, as {@link io.github.broadsheet.render.Labels}
 * gives them), then the body: paragraphs, headings, figures with their captions and credits,
 * quotes and lists, with emphasis, strong text and clickable links. From the second page on a
 * running header repeats the source and title; every page has a {@code Page N of M} footer. A
 * heading never ends a page, a figure is never split, and a figure with only a credit prints as a
 * credit line. The headings make the outline (bookmarks); the title, authors, subtitle, tags and
 * language make the metadata, in the info dictionary, the XMP packet and the catalog's
 * {@code /Lang}.
 *
 * <p><b>Fonts.</b> Every font is embedded (subset). Each character is set in the first font of a
 * chain that has it: the Liberation face of the chosen {@link Typeface} and style, then the Noto
 * Sans or Serif CJK collection found on the system (in the regional forms of the article's
 * language: Simplified or Traditional Chinese, Hong Kong, Japanese, Korean), then the fonts added
 * with {@link Builder#addFont(Path)}. A character no font has is printed as a box (U+25A1) and reported as
 * a {@link io.github.broadsheet.render.RenderWarning} naming it ({@code U+1F600}) and where it is
 * ({@code body[3]}). Fonts are loaded once per renderer, when first needed.
 *
 * <p><b>Images</b> come from the {@link ImageResolver} (by default local files, classpath
 * resources and {@code data:} URIs; never the network); one that cannot be loaded becomes a
 * placeholder and a warning.
 *
 * <p><b>Reproducible.</b> The same article, options and fonts give the same bytes: the document
 * ID is a hash of them, the dates come from {@link PdfOptions#creationDate()} or the article's
 * publication date, and the subset font tags from the document ID; nothing comes from the clock
 * or chance.
 *
 * <p>Immutable and thread-safe; build once and share:
 * {@snippet :
 * PdfRenderer renderer = PdfRenderer.builder()
 *         .pageSize(PageSize.LETTER)
 *         .pdfa(true)
 *         .build();
 * try (OutputStream out = Files.newOutputStream(Path.of("article.pdf"))) {
 *     RenderResult result = renderer.render(article, RenderOptions.defaults(), out);
 *     result.warnings().forEach(System.err::println);
 * }
 * }
 */
public final class PdfRenderer implements ArticleRenderer {

    private static final OutputFormat FORMAT = OutputFormat.binary("pdf", "application/pdf", "pdf");

    /** The digest every document identity starts from, never updated itself. */
    private static final MessageDigest SHA_256 = newSha256();

    private final PdfOptions options;
    private final FontLibrary fonts;
    private final ImageResolver images;
    /** The options' part of the document identity, for the last options rendered with (the same objects, mostly). */
    private volatile IdentityOptions lastOptions;

    private record IdentityOptions(RenderOptions renderOptions, PdfOptions pdfOptions, byte[] bytes) {}

    /**
     * Creates a renderer with the defaults ({@link PdfOptions#defaults()}, the system's CJK fonts,
     * the standard image resolver over the working directory); {@link java.util.ServiceLoader} calls this.
     */
    public PdfRenderer() {
        this(PdfOptions.defaults(), new FontLibrary(FontLibrary.DEFAULT_CJK_DIRECTORIES, List.of()),
                ImageResolver.standard());
    }

    private PdfRenderer(PdfOptions options, FontLibrary fonts, ImageResolver images) {
        this.options = options;
        this.fonts = fonts;
        this.images = images;
    }

    /** {@return a builder starting from the defaults} */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public OutputFormat format() {
        return FORMAT;
    }

    /** {@return the PDF options this renderer uses when a call names none} */
    public PdfOptions options() {
        return options;
    }

    /**
     * {@return a renderer with other PDF options}, sharing this one's fonts (already loaded ones
     * stay loaded) and image resolver; cheap, so a command line can make one per run
     *
     * @param options the options
     */
    public PdfRenderer withOptions(PdfOptions options) {
        return new PdfRenderer(Objects.requireNonNull(options, "options"), fonts, images);
    }

    /**
     * {@return a renderer with another image resolver}, sharing this one's fonts and options; for
     * example {@code ImageResolver.standard(inputFolder)} per input file
     *
     * @param images the resolver
     */
    public PdfRenderer withImageResolver(ImageResolver images) {
        return new PdfRenderer(options, fonts, Objects.requireNonNull(images, "images"));
    }

    /** Renders with this renderer's {@linkplain #options() PDF options}. */
    @Override
    public RenderResult render(Article article, RenderOptions renderOptions, OutputStream out) {
        return render(article, renderOptions, options, out);
    }

    /**
     * Renders an article with given PDF options.
     *
     * @param article the article
     * @param renderOptions the settings every renderer reads: the locale of labels and dates, and
     *     the base URL relative links and image sources are resolved against
     * @param pdfOptions the page, type, furniture, PDF/A and dates
     * @param out where to write; flushed, not closed
     * @return the warnings: characters no font has, images not loaded, links not made
     * @throws UncheckedIOException if writing fails
     */
    public RenderResult render(Article article, RenderOptions renderOptions, PdfOptions pdfOptions, OutputStream out) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(renderOptions, "renderOptions");
        Objects.requireNonNull(pdfOptions, "pdfOptions");
        Objects.requireNonNull(out, "out");
        Warnings warnings = new Warnings();
        byte[] id = documentId(article, renderOptions, pdfOptions);
        SubsetTagRandom.Scope tags = SubsetTagRandom.forDocument(id);
        try {
            // Labels.forArticle reads each language's labels once and shares them (reading them per
            // document was a tenth of a short article's time).
            new ArticleLayout(article, renderOptions, pdfOptions, fonts, images, warnings)
                    .write(out, id, documentDate(article, pdfOptions));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the PDF", e);
        } catch (ExceptionConverter e) {
            if (e.getException() instanceof IOException io) {
                throw new UncheckedIOException("cannot write the PDF", io);
            }
            throw e;
        } finally {
            tags.close();
        }
        fonts.problems().forEach(p -> warnings.add("fonts", p));
        return new RenderResult(warnings.toList());
    }

    /** {@return 16 bytes of SHA-256 over the canonical JSON of the article, the options and the fonts} */
    private byte[] documentId(Article article, RenderOptions renderOptions, PdfOptions pdfOptions) {
        MessageDigest sha = sha256();
        // Streamed into the digest: the same bytes as the JSON text, without building it.
        ArticleJson.standard().write(article, new DigestOutputStream(OutputStream.nullOutputStream(), sha));
        sha.update((byte) 0);
        IdentityOptions last = lastOptions;
        if (last == null || last.renderOptions() != renderOptions || last.pdfOptions() != pdfOptions) {
            last = new IdentityOptions(renderOptions, pdfOptions,
                    (renderOptions + "\u0000" + pdfOptions + "\u0000" + fonts.describe()).getBytes(StandardCharsets.UTF_8));
            lastOptions = last;
        }
        sha.update(last.bytes());
        return Arrays.copyOf(sha.digest(), 16);
    }

    /** {@return a SHA-256 digest}, cloned from {@link #SHA_256} when the provider allows, which skips the provider lookup */
    private static MessageDigest sha256() {
        try {
            return (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            return newSha256();
        }
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * {@return the date the PDF records}: the option's, else the article's publication date (at
     * midnight when it has no time, in UTC when it has no offset), else none
     */
    static Optional<Calendar> documentDate(Article article, PdfOptions pdfOptions) {
        Optional<OffsetDateTime> date = pdfOptions.creationDate().or(() -> article.published().map(PdfRenderer::toDateTime));
        return date.filter(d -> d.getYear() >= 1).map(d -> {
            GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(d.getOffset()), Locale.ROOT);
            calendar.clear();
            calendar.set(d.getYear(), d.getMonthValue() - 1, d.getDayOfMonth(), d.getHour(), d.getMinute(),
                    d.getSecond());
            return calendar;
        });
    }

    private static OffsetDateTime toDateTime(PublicationDate published) {
        return OffsetDateTime.of(published.date(), published.time().orElse(LocalTime.MIDNIGHT).withNano(0),
                published.offset().orElse(ZoneOffset.UTC));
    }

    @Override
    public String toString() {
        return "PdfRenderer[" + options + ", " + images + "]";
    }

    /**
     * Builds a {@link PdfRenderer}. The page settings are those of {@link PdfOptions}; the fonts and
     * the image resolver belong to the renderer, since fonts are loaded once per renderer. Not
     * thread-safe.
     */
    public static final class Builder {
        private final PdfOptions.Builder options = PdfOptions.builder();
        private final List<FontLibrary.FontFile> fontFiles = new ArrayList<>();
        private List<Path> cjkFontDirectories = FontLibrary.DEFAULT_CJK_DIRECTORIES;
        private ImageResolver images = ImageResolver.standard();
        private boolean cutLiberation = true;
        private boolean cjkInMemory = true;

        private Builder() {}

        /** Whether Noto CJK faces load from their collection's bytes, read once (the default), or from the file; for tests that compare. */
        Builder cjkInMemory(boolean inMemory) {
            this.cjkInMemory = inMemory;
            return this;
        }

        /** Whether the Liberation faces come first cut to their common characters (the default); for tests that compare. */
        Builder cutLiberation(boolean cut) {
            this.cutLiberation = cut;
            return this;
        }

        /** {@return this builder} @param options every PDF option at once, replacing those set before */
        public Builder options(PdfOptions options) {
            PdfOptions o = Objects.requireNonNull(options, "options");
            this.options.pageSize(o.pageSize()).margins(o.margins()).baseFontSize(o.baseFontSize())
                    .typeface(o.typeface()).header(o.header()).footer(o.footer()).pdfa(o.pdfa())
                    .creationDate(o.creationDate().orElse(null));
            return this;
        }

        /** {@return this builder} @param pageSize the page size; default {@link PageSize#A4} */
        public Builder pageSize(PageSize pageSize) {
            options.pageSize(pageSize);
            return this;
        }

        /** {@return this builder} @param margins the margins; default {@link Margins#DEFAULT} */
        public Builder margins(Margins margins) {
            options.margins(margins);
            return this;
        }

        /** {@return this builder} @param points the body text size; default {@value PdfOptions#DEFAULT_BASE_FONT_SIZE} */
        public Builder baseFontSize(float points) {
            options.baseFontSize(points);
            return this;
        }

        /** {@return this builder} @param typeface serif or sans-serif text; default {@link Typeface#SERIF} */
        public Builder typeface(Typeface typeface) {
            options.typeface(typeface);
            return this;
        }

        /** {@return this builder} @param header whether to print the running header; default {@code true} */
        public Builder header(boolean header) {
            options.header(header);
            return this;
        }

        /** {@return this builder} @param footer whether to print {@code Page N of M}; default {@code true} */
        public Builder footer(boolean footer) {
            options.footer(footer);
            return this;
        }

        /** {@return this builder} @param pdfa whether to write PDF/A-2b; default {@code false} */
        public Builder pdfa(boolean pdfa) {
            options.pdfa(pdfa);
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param creationDate the date every PDF records, or {@code null} (the default) for each
         *     article's publication date
         */
        public Builder creationDate(OffsetDateTime creationDate) {
            options.creationDate(creationDate);
            return this;
        }

        /**
         * Adds a TrueType or OpenType font file ({@code .ttf} or {@code .otf}) at the end of every
         * font chain, for characters neither Liberation nor the CJK fonts have. It is read by
         * {@link #build()}.
         *
         * @param file the font file
         * @return this builder
         * @throws IllegalArgumentException if the file name does not end in {@code .ttf},
         *     {@code .otf} or {@code .ttc}
         */
        public Builder addFont(Path file) {
            fontFiles.add(new FontLibrary.FontFile(file, 0));
            return this;
        }

        /**
         * Adds one font of a TrueType or OpenType collection ({@code .ttc}) at the end of every font chain.
         *
         * @param file the collection
         * @param index which font of it, from 0
         * @return this builder
         * @throws IllegalArgumentException if the index is negative, or not 0 for a single font file
         */
        public Builder addFont(Path file, int index) {
            fontFiles.add(new FontLibrary.FontFile(file, index));
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param directories the folders searched for the Noto Sans and Serif CJK collections
         *     ({@code NotoSansCJK-Regular.ttc}, {@code NotoSansCJK-Bold.ttc},
         *     {@code NotoSerifCJK-Regular.ttc}, {@code NotoSerifCJK-Bold.ttc}); by default
         *     Debian's, Arch's and Fedora's font folders; an empty list uses no CJK font
         */
        public Builder cjkFontDirectories(List<Path> directories) {
            this.cjkFontDirectories = List.copyOf(directories);
            return this;
        }

        /** {@return this builder} @param images where images come from; default {@link ImageResolver#standard()} */
        public Builder imageResolver(ImageResolver images) {
            this.images = Objects.requireNonNull(images, "images");
            return this;
        }

        /**
         * {@return the renderer}
         *
         * @throws IllegalArgumentException if an option is out of range
         * @throws UncheckedIOException if an added font cannot be read
         */
        public PdfRenderer build() {
            return new PdfRenderer(options.build(), new FontLibrary(cjkFontDirectories, fontFiles, cutLiberation,
                    cjkInMemory),
                    images);
        }
    }
}
