package io.github.broadsheet.pdf;

import io.github.broadsheet.model.Article;
import io.github.broadsheet.model.Block;
import io.github.broadsheet.model.Emphasis;
import io.github.broadsheet.model.Figure;
import io.github.broadsheet.model.Heading;
import io.github.broadsheet.model.Inline;
import io.github.broadsheet.model.LineBreak;
import io.github.broadsheet.model.Link;
import io.github.broadsheet.model.ListBlock;
import io.github.broadsheet.model.Quote;
import io.github.broadsheet.model.Strong;
import io.github.broadsheet.model.Text;
import io.github.broadsheet.render.Labels;
import io.github.broadsheet.render.RenderOptions;
import java.awt.Color;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfDestination;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfEncryption;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfOutline;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.pdf.draw.LineSeparator;
import org.openpdf.text.pdf.draw.VerticalPositionMark;
import org.openpdf.text.xml.xmp.XmpSchema;
import org.openpdf.text.xml.xmp.XmpWriter;

/**
 * Lays out one article with OpenPDF: the masthead (section, title, subtitle, source, byline and
 * date), then each block in order, with the page furniture, the outline, the metadata and the
 * document identity. One per rendering; not thread-safe.
 */
final class ArticleLayout {

    /**
     * How hard every stream (page contents, font programs, their character maps) is deflated:
     * {@value}, zlib's fastest level. Deflating the fonts took most of a short article's time at
     * OpenPDF's default (level 6); the fastest level takes a little over half that time and gives
     * files about 3 % larger (the ×1 sample: 40.5 KB instead of 39.3 KB).
     */
    static final int COMPRESSION = Deflater.BEST_SPEED;

    /** The most pixels an image may have, so a hostile image cannot exhaust memory: {@value} (40 megapixels). */
    static final long MAX_IMAGE_PIXELS = 40_000_000L;

    private static final Color TEXT = new Color(0x11, 0x11, 0x11);
    private static final Color SUBTITLE = new Color(0x33, 0x33, 0x33);
    private static final Color MUTED = new Color(0x59, 0x59, 0x59);
    private static final Color RULE = new Color(0x99, 0x99, 0x99);
    private static final Color LINK = new Color(0x1F, 0x4E, 0x8C);
    private static final Color PLACEHOLDER = new Color(0xF2, 0xF2, 0xF2);
    private static final String SEPARATOR = " \u00B7 ";
    private static final float[] HEADING_SCALE = {1.55f, 1.3f, 1.15f, 1.05f, 1f, 1f};
    private static final float LINE = 1.45f;
    private static final int MAX_KEPT_HEADINGS = 6;
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private final Article article;
    private final RenderOptions renderOptions;
    private final PdfOptions options;
    private final ImageResolver images;
    private final Warnings warnings;
    private final Typesetter type;
    private final Labels labels;
    private final float s;
    private final float textWidth;
    private final float textHeight;
    private final Deque<Level> outline = new ArrayDeque<>();
    private final Map<Integer, Optional<Image>> loadedImages = new HashMap<>();
    private final Frames frames = new Frames(RULE, PLACEHOLDER);
    private Document document;
    private PdfWriter writer;

    private record Level(int level, PdfOutline entry) {}

    ArticleLayout(Article article, RenderOptions renderOptions, PdfOptions options, FontLibrary fonts,
            ImageResolver images, Warnings warnings) {
        this.article = article;
        this.renderOptions = renderOptions;
        this.options = options;
        this.images = images;
        this.warnings = warnings;
        this.labels = Labels.forArticle(article, renderOptions);
        Optional<Locale> script = article.language().or(renderOptions::locale);
        this.type = new Typesetter(fonts, CjkVariant.of(script), options.typeface(), CjkVariant.isCjkLanguage(script),
                warnings);
        this.s = options.baseFontSize();
        this.textWidth = options.pageSize().width() - options.margins().left() - options.margins().right();
        this.textHeight = options.pageSize().height() - options.margins().top() - options.margins().bottom();
    }

    /**
     * Writes the PDF.
     *
     * @param out where to write; not closed
     * @param documentId the document's identifier, 16 bytes
     * @param date the creation and modification date, if any
     */
    void write(OutputStream out, byte[] documentId, Optional<Calendar> date) {
        Rectangle page = new Rectangle(options.pageSize().width(), options.pageSize().height());
        document = new Document(page, options.margins().left(), options.margins().right(), options.margins().top(),
                options.margins().bottom());
        writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        writer.setCompressionLevel(COMPRESSION);
        if (options.pdfa()) {
            writer.setPDFXConformance(PdfWriter.PDFA2B);
        }
        boolean headings = article.body().stream().anyMatch(Heading.class::isInstance);
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle
                | (headings ? PdfWriter.PageModeUseOutlines : PdfWriter.PageModeUseNone));
        writer.setStrictImageSequence(true);
        writer.setPageEvent(new PageFurniture(type, furniture(), labels, headerText(), options.header(),
                options.footer(), frames));
        metadata();
        document.open();
        identity(documentId, date);
        if (options.pdfa()) {
            outputIntent();
        }
        article.language().ifPresent(l -> writer.getExtraCatalog().put(PdfName.LANG, new PdfString(l.toLanguageTag())));
        outline.push(new Level(0, writer.getRootOutline()));

        masthead();
        List<Block> body = article.body();
        for (int i = 0; i < body.size(); i++) {
            block(i);
        }
        endMatter();

        xmp();
        document.close();
    }

    // ---- document ------------------------------------------------------------------------

    private void metadata() {
        document.addTitle(clean(article.title()));
        if (!article.authors().isEmpty()) {
            document.addAuthor(clean(String.join(", ", article.authors())));
        }
        article.subtitle().ifPresent(subtitle -> document.addSubject(clean(subtitle)));
        if (!article.tags().isEmpty()) {
            document.addKeywords(clean(String.join(", ", article.tags())));
        }
        document.addCreator("Broadsheet");
    }

    /**
     * {@return text fit for the info dictionary and XMP}: tabs and line ends as spaces, without the
     * other control characters and lone surrogates, which XML cannot hold
     */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\t' || cp == '\n' || cp == '\r') {
                out.append(' ');
            } else if (Character.getType(cp) != Character.CONTROL && Character.getType(cp) != Character.SURROGATE) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /** The ID and the dates: from the article and the options, never from the clock or chance. */
    private void identity(byte[] documentId, Optional<Calendar> date) {
        PdfDictionary info = writer.getInfo();
        info.remove(PdfName.CREATIONDATE);
        info.remove(PdfName.MODDATE);
        date.ifPresent(d -> {
            info.put(PdfName.CREATIONDATE, new PdfDate(d));
            info.put(PdfName.MODDATE, new PdfDate(d));
        });
        // PdfWriter takes the trailer's /ID from this entry when it is present, instead of a random one.
        info.put(PdfName.FILEID, PdfEncryption.createInfoId(documentId, documentId));
    }

    private void outputIntent() {
        try {
            writer.setOutputIntents("sRGB IEC61966-2.1", "", "http://www.color.org", "sRGB IEC61966-2.1",
                    SrgbProfile.BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the sRGB output intent", e);
        }
    }

    /** XMP from the info dictionary (and the PDF/A identification), plus the language. */
    private void xmp() {
        ByteArrayOutputStream xmp = new ByteArrayOutputStream();
        try (XmpWriter w = new XmpWriter(xmp, writer.getInfo(), writer.getPDFXConformance())) {
            if (article.language().isPresent()) {
                w.addRdfDescription("xmlns:dc=\"http://purl.org/dc/elements/1.1/\"", "<dc:language><rdf:Bag><rdf:li>"
                        + XmpSchema.escape(clean(article.language().get().toLanguageTag())) + "</rdf:li></rdf:Bag></dc:language>");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the XMP metadata", e);
        }
        writer.setXmpMetadata(xmp.toByteArray());
    }

    /** The JDK's sRGB profile, read once. */
    private static final class SrgbProfile {
        static final byte[] BYTES = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    }

    // ---- styles --------------------------------------------------------------------------

    private TextStyle body() {
        return new TextStyle(options.typeface(), FontStyle.REGULAR, s, TEXT, false);
    }

    private TextStyle style(Typeface face, FontStyle style, float size, Color color) {
        return new TextStyle(face, style, size, color, false);
    }

    private TextStyle furniture() {
        return style(Typeface.SANS, FontStyle.REGULAR, s * 0.72f, MUTED);
    }

    private String headerText() {
        return article.source().map(src -> src + SEPARATOR).orElse("") + article.title();
    }

    // ---- masthead ------------------------------------------------------------------------

    private void masthead() {
        article.section().ifPresent(section -> {
            Paragraph p = line(section, style(Typeface.SANS, FontStyle.BOLD, s * 0.8f, MUTED), "section");
            p.setSpacingAfter(s * 0.35f);
            add(p);
        });
        float titleSize = s * 2.2f;
        Paragraph title = text(article.title(), style(options.typeface(), FontStyle.BOLD, titleSize, TEXT),
                titleSize * 1.15f, "title");
        add(title);
        article.subtitle().ifPresent(subtitle -> {
            float size = s * 1.3f;
            Paragraph p = text(subtitle, style(options.typeface(), FontStyle.REGULAR, size, SUBTITLE), size * 1.35f,
                    "subtitle");
            p.setSpacingBefore(s * 0.45f);
            add(p);
        });
        TextStyle meta = style(Typeface.SANS, FontStyle.REGULAR, s * 0.85f, MUTED);
        Paragraph line = paragraph(meta.size() * 1.4f, meta);
        line.setSpacingBefore(s * 0.8f);
        boolean any = false;
        if (article.source().isPresent()) {
            line.addAll(type.chunks(article.source().get(), meta.bold(), "source"));
            any = true;
        }
        if (!article.authors().isEmpty()) {
            if (any) {
                line.addAll(type.chunks(SEPARATOR, meta, "authors"));
            }
            line.addAll(type.chunks(labels.byline(article.authors()), meta, "authors"));
            any = true;
        }
        if (article.published().isPresent()) {
            if (any) {
                line.addAll(type.chunks(SEPARATOR, meta, "published"));
            }
            line.addAll(type.chunks(labels.date(article.published().get()), meta, "published"));
            any = true;
        }
        if (any) {
            add(line);
        }
        // A rule drawn at the current position: no chunk, so no font (a separator chunk brings Helvetica).
        add(spacer(s * 0.55f));
        add(new LineSeparator(0.6f, 100, RULE, Element.ALIGN_CENTER, 0));
        add(spacer(s * 0.9f));
    }

    private void endMatter() {
        article.url().ifPresent(url -> {
            TextStyle st = style(Typeface.SANS, FontStyle.REGULAR, s * 0.75f, MUTED);
            Paragraph p = paragraph(st.size() * 1.4f, st);
            p.setSpacingBefore(s * 0.8f);
            Optional<String> target = linkTarget(url, "url", false);
            for (Chunk c : type.chunks(url, st, "url")) {
                target.ifPresent(c::setAnchor);
                p.add(c);
            }
            add(p);
        });
    }

    // ---- blocks --------------------------------------------------------------------------

    private void block(int index) {
        Block block = article.body().get(index);
        String path = "body[" + index + "]";
        switch (block) {
            case io.github.broadsheet.model.Paragraph p -> add(paragraph(p, path));
            case Heading h -> {
                keepRoom(startHeight(index, 0));
                float y = writer.getVerticalPosition(true);
                bookmark(h, y);
                add(heading(h, path));
            }
            case Figure f -> figure(f, index, path);
            case Quote q -> quote(q, index, path);
            case ListBlock l -> list(l, path);
        }
    }

    private Paragraph paragraph(io.github.broadsheet.model.Paragraph p, String path) {
        Paragraph paragraph = inlines(p.content(), body(), s * LINE, path);
        paragraph.setSpacingAfter(s * 0.6f);
        return paragraph;
    }

    private Paragraph heading(Heading h, String path) {
        float size = s * HEADING_SCALE[h.level() - 1];
        FontStyle style = h.level() >= 5 ? FontStyle.BOLD_ITALIC : FontStyle.BOLD;
        Paragraph p = inlines(h.content(), style(options.typeface(), style, size, TEXT), size * 1.25f, path);
        p.setSpacingBefore(s * 0.5f);
        p.setSpacingAfter(s * 0.3f);
        return p;
    }

    /** A quote: its text indented beside a rule, then its attribution. */
    private void quote(Quote q, int index, String path) {
        keepRoom(startHeight(index, 0));
        float size = s * 1.05f;
        Paragraph text = inlines(q.content(), style(options.typeface(), FontStyle.ITALIC, size, TEXT), size * LINE, path);
        text.setIndentationLeft(s * 1.1f);
        frames.begin(Frames.Kind.RULE, writer.getVerticalPosition(true) - size * 0.2f);
        add(text);
        q.attribution().ifPresent(a -> {
            TextStyle st = style(Typeface.SANS, FontStyle.REGULAR, s * 0.85f, MUTED);
            Paragraph p = text(labels.get("quote.attribution", a), st, st.size() * 1.6f, path + ".attribution");
            p.setIndentationLeft(s * 1.1f);
            add(p);
        });
        frames.end(writer, document, writer.getVerticalPosition(true) - size * 0.35f);
        add(spacer(s * 0.9f));
    }

    /**
     * A list: each item a paragraph with a hanging indent, its bullet or number tabbed to the
     * indent. (OpenPDF's own lists draw their symbols apart from the text, ahead of the page's
     * other text in the content stream, which puts them out of reading order.)
     */
    private void list(ListBlock l, String path) {
        TextStyle st = body();
        float indent = s * 1.6f;
        for (int j = 0; j < l.items().size(); j++) {
            String where = path + ".items[" + j + "]";
            Paragraph item = paragraph(s * LINE, st);
            item.setIndentationLeft(indent);
            item.setFirstLineIndent(-indent);
            item.addAll(type.chunks(l.ordered() ? (j + 1) + "." : "\u2022", st, where));
            Chunk tab = new Chunk(new VerticalPositionMark(), indent, true);
            tab.setFont(type.primaryFont(st));
            item.add(tab);
            addInlines(item, l.items().get(j).content(), st, where, null);
            item.setSpacingAfter(j == l.items().size() - 1 ? s * 0.6f : s * 0.2f);
            add(item);
        }
    }

    // ---- figures -------------------------------------------------------------------------

    /**
     * A figure, never split: its image (or a placeholder when the image cannot be had, or its alt
     * text when it has nothing else), then one line of caption and credit. It starts a new page
     * unless it fits whole on this one.
     */
    private void figure(Figure f, int index, String path) {
        keepRoom(figureHeight(f, index, path) + s * 0.5f);
        add(spacer(s * 0.3f));
        if (f.src().isPresent()) {
            Optional<Image> image = image(f, index, path);
            if (image.isPresent()) {
                add(image.get());
            } else {
                frames.begin(Frames.Kind.BOX, writer.getVerticalPosition(true));
                placeholder(f, path).forEach(this::add);
                frames.end(writer, document, writer.getVerticalPosition(true));
            }
        } else if (f.caption().isEmpty() && f.credit().isEmpty()) {
            add(altLine(f, path));
        }
        caption(f, path).ifPresent(this::add);
        add(spacer(s * 0.5f));
    }

    private float figureHeight(Figure f, int index, String path) {
        float height = s * 0.3f + s * 0.5f;
        if (f.src().isPresent()) {
            Optional<Image> image = image(f, index, path);
            if (image.isPresent()) {
                height += image.get().getScaledHeight() + s * 0.5f;
            } else {
                for (Paragraph p : placeholder(f, path)) {
                    height += measure(p);
                }
            }
        } else if (f.caption().isEmpty() && f.credit().isEmpty()) {
            height += measure(altLine(f, path));
        }
        Optional<Paragraph> caption = caption(f, path);
        if (caption.isPresent()) {
            height += caption.get().getSpacingBefore() + measure(caption.get());
        }
        return height;
    }

    /** Only a description of a picture that is not there: printed as the caption would be. */
    private Paragraph altLine(Figure f, String path) {
        return text(f.alt().orElseThrow(), captionStyle(), captionStyle().size() * 1.4f, path + ".alt");
    }

    private Optional<Paragraph> caption(Figure f, String path) {
        if (f.caption().isEmpty() && f.credit().isEmpty()) {
            return Optional.empty();
        }
        TextStyle caption = captionStyle();
        Paragraph p = paragraph(caption.size() * 1.4f, caption);
        if (f.src().isPresent()) {
            p.setSpacingBefore(s * 0.2f);
        }
        f.caption().ifPresent(c -> p.addAll(type.chunks(c, caption, path + ".caption")));
        f.credit().ifPresent(c -> {
            TextStyle credit = style(Typeface.SANS, FontStyle.REGULAR, s * 0.75f, MUTED);
            if (f.caption().isPresent()) {
                p.addAll(type.chunks("  ", caption, path + ".credit"));
            }
            p.addAll(type.chunks(labels.credit(c), credit, path + ".credit"));
        });
        return Optional.of(p);
    }

    private TextStyle captionStyle() {
        return style(options.typeface(), FontStyle.ITALIC, s * 0.9f, SUBTITLE);
    }

    /** {@return a figure's image, loaded once, or empty (and a warning) when it cannot be had} */
    private Optional<Image> image(Figure f, int index, String path) {
        return loadedImages.computeIfAbsent(index, i -> loadImage(f, path));
    }

    private Optional<Image> loadImage(Figure f, String path) {
        String src = resolve(f.src().orElseThrow());
        String where = path + ".src";
        byte[] bytes;
        try {
            Optional<byte[]> found = images.resolve(src);
            if (found.isEmpty()) {
                warnings.add(where, "the image \"" + abbreviate(src) + "\" was not loaded: the image resolver does not"
                        + " read such sources (the PDF renderer reads no network by itself; give it an ImageResolver"
                        + " that does); a placeholder is printed");
                return Optional.empty();
            }
            bytes = found.get();
        } catch (IOException | RuntimeException e) {
            warnings.add(where, "the image \"" + abbreviate(src) + "\" was not loaded: " + e.getMessage()
                    + "; a placeholder is printed");
            return Optional.empty();
        }
        Image image;
        try {
            long pixels = pixels(bytes);
            if (pixels > MAX_IMAGE_PIXELS) {
                warnings.add(where, "the image \"" + abbreviate(src) + "\" has " + pixels + " pixels, more than the "
                        + MAX_IMAGE_PIXELS + " allowed; a placeholder is printed");
                return Optional.empty();
            }
            image = Image.getInstance(bytes);
        } catch (IOException | RuntimeException e) {
            warnings.add(where, "the image \"" + abbreviate(src) + "\" cannot be decoded (" + e.getMessage()
                    + "); a placeholder is printed");
            return Optional.empty();
        }
        if (options.pdfa() && image.getColorspace() == 4) {
            warnings.add(where, "the image \"" + abbreviate(src) + "\" is CMYK, which PDF/A with an sRGB output"
                    + " intent does not allow; a placeholder is printed");
            return Optional.empty();
        }
        float maxHeight = textHeight * 0.6f;
        if (image.getPlainWidth() > textWidth || image.getPlainHeight() > maxHeight) {
            image.scaleToFit(textWidth, maxHeight);
        }
        image.setAlignment(Image.MIDDLE);
        return Optional.of(image);
    }

    /** {@return the pixel count ImageIO reads from the header, or 0 when it has no reader for the format} */
    private static long pixels(byte[] bytes) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            if (in == null) {
                return 0;
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return 0;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return (long) reader.getWidth(0) * reader.getHeight(0);
            } finally {
                reader.dispose();
            }
        }
    }

    /** The lines inside a placeholder's box: "Image not available", the alt text, the source. */
    private List<Paragraph> placeholder(Figure f, String path) {
        List<Paragraph> lines = new ArrayList<>();
        lines.add(spacer(s * 0.8f));
        TextStyle label = style(Typeface.SANS, FontStyle.BOLD, s * 0.85f, MUTED);
        lines.add(text(labels.get("image.unavailable"), label, label.size() * 1.5f, path + ".src"));
        f.alt().ifPresent(alt -> lines.add(text(alt, style(options.typeface(), FontStyle.ITALIC, s * 0.9f, MUTED),
                s * 1.35f, path + ".alt")));
        TextStyle small = style(Typeface.SANS, FontStyle.REGULAR, s * 0.7f, MUTED);
        lines.add(text(abbreviate(f.src().orElseThrow()), small, small.size() * 1.5f, null));
        lines.add(spacer(s * 0.9f));
        for (Paragraph p : lines) {
            p.setAlignment(Element.ALIGN_CENTER);
            p.setIndentationLeft(s);
            p.setIndentationRight(s);
        }
        return lines;
    }

    private static String abbreviate(String src) {
        return src.length() <= 120 ? src : src.substring(0, 117) + "...";
    }

    /** {@return a figure source resolved against the base URL, when it is relative and one is set} */
    private String resolve(String src) {
        if (renderOptions.baseUrl().isEmpty()) {
            return src;
        }
        try {
            URI uri = new URI(src);
            return uri.isAbsolute() ? src : renderOptions.baseUrl().get().resolve(uri).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return src;
        }
    }

    // ---- pagination ----------------------------------------------------------------------

    /** Starts a new page unless this many points are left on the current one. */
    private void keepRoom(float height) {
        float left = writer.getVerticalPosition(true) - document.bottom();
        if (left < height && left < textHeight - 1) {
            document.newPage();
        }
    }

    /**
     * {@return the height a block needs at the bottom of a page so that it does not end the page}:
     * a heading with the start of what follows it (two lines of text, or a whole figure), a figure
     * whole, the first two lines of anything else
     */
    private float startHeight(int index, int depth) {
        Block block = article.body().get(index);
        String path = "body[" + index + "]";
        return switch (block) {
            case Heading h -> {
                Paragraph p = heading(h, path);
                float height = p.getSpacingBefore() + measure(p) + p.getSpacingAfter();
                if (index + 1 < article.body().size() && depth < MAX_KEPT_HEADINGS) {
                    height += startHeight(index + 1, depth + 1);
                }
                yield height + 2;
            }
            case Figure f -> figureHeight(f, index, path);
            case Quote q -> 2 * s * 1.05f * LINE + s * 0.2f;
            case io.github.broadsheet.model.Paragraph p -> 2 * s * LINE;
            case ListBlock l -> 2 * s * LINE;
        };
    }

    /** {@return the height a paragraph takes when set in the text width} */
    private float measure(Paragraph paragraph) {
        float top = 100_000;
        ColumnText column = new ColumnText(null);
        column.setSimpleColumn(0, 0, textWidth, top);
        column.addElement(paragraph);
        column.go(true);
        return top - column.getYLine();
    }

    private void bookmark(Heading h, float y) {
        while (outline.peek().level() >= h.level()) {
            outline.pop();
        }
        String title = WHITE_SPACE.matcher(clean(h.plainText())).replaceAll(" ").strip();
        PdfOutline entry = new PdfOutline(outline.peek().entry(), new PdfDestination(PdfDestination.XYZ, -1, y, 0),
                title, true);
        outline.push(new Level(h.level(), entry));
    }

    // ---- text ----------------------------------------------------------------------------

    /**
     * {@return an empty paragraph whose own font is the style's primary font}: OpenPDF sets the
     * spacing around a paragraph in a space of the paragraph's font, Helvetica (not embedded) unless set
     */
    private Paragraph paragraph(float leading, TextStyle style) {
        Paragraph p = new Paragraph(leading);
        p.setFont(type.primaryFont(style));
        return p;
    }

    private Paragraph text(String text, TextStyle style, float leading, String path) {
        Paragraph p = paragraph(leading, style);
        p.addAll(type.chunks(text, style, path));
        return p;
    }

    private Paragraph line(String text, TextStyle style, String path) {
        return text(text, style, style.size() * 1.4f, path);
    }

    private Paragraph inlines(List<Inline> content, TextStyle style, float leading, String path) {
        Paragraph p = paragraph(leading, style);
        addInlines(p, content, style, path, null);
        return p;
    }

    private void addInlines(Phrase target, List<Inline> content, TextStyle style, String path, String anchor) {
        for (Inline inline : content) {
            switch (inline) {
                case Text t -> {
                    for (Chunk chunk : type.chunks(t.text(), style, path)) {
                        if (anchor != null) {
                            chunk.setAnchor(anchor);
                        }
                        target.add(chunk);
                    }
                }
                case Emphasis e -> addInlines(target, e.content(), style.italic(), path, anchor);
                case Strong st -> addInlines(target, st.content(), style.bold(), path, anchor);
                case Link link -> {
                    Optional<String> href = linkTarget(link.href(), path, true);
                    addInlines(target, link.content(), href.isPresent() ? style.withColor(LINK) : style, path,
                            href.orElse(anchor));
                }
                case LineBreak lb -> target.add(new Chunk("\n", type.primaryFont(style)));
            }
        }
    }

    /** {@return the address a link opens}: absolute http, https and mailto links, relative ones against the base URL */
    private Optional<String> linkTarget(String href, String path, boolean warn) {
        try {
            URI uri = new URI(href.strip());
            if (!uri.isAbsolute() && renderOptions.baseUrl().isPresent()) {
                uri = renderOptions.baseUrl().get().resolve(uri);
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto")) {
                return Optional.of(uri.toASCIIString());
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            // reported below
        }
        if (warn) {
            warnings.add(path, "the link \"" + abbreviate(href) + "\" is not an absolute http, https or mailto address"
                    + (renderOptions.baseUrl().isEmpty() ? " and no base URL is set" : "")
                    + "; its text is printed without a link");
        }
        return Optional.empty();
    }

    // ---- helpers -------------------------------------------------------------------------

    /** {@return an empty line of a given height, in the body font} */
    private Paragraph spacer(float height) {
        Paragraph p = paragraph(height, body());
        p.add(new Chunk(" ", type.primaryFont(body())));
        return p;
    }

    private void add(Element element) {
        document.add(element);
    }
}
