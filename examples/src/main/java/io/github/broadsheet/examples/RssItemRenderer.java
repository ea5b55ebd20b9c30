package io.github.broadsheet.examples;

import io.github.broadsheet.model.Article;
import io.github.broadsheet.model.Block;
import io.github.broadsheet.model.Paragraph;
import io.github.broadsheet.model.PublicationDate;
import io.github.broadsheet.render.OutputFormat;
import io.github.broadsheet.render.RenderOptions;
import io.github.broadsheet.render.RenderResult;
import io.github.broadsheet.render.RenderWarning;
import io.github.broadsheet.render.TextRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A renderer of our own: an article as one RSS 2.0 {@code <item>}, for a feed that lists it. It
 * becomes an output format like the built-in ones through the renderer SPI: it implements
 * {@link TextRenderer} (an {@link io.github.broadsheet.render.ArticleRenderer} whose output is
 * text), has a public no-argument constructor, and is listed in this module's
 * {@code META-INF/services/io.github.broadsheet.render.ArticleRenderer}, so that
 * {@code RendererRegistry.load().expect("rss-item")} finds it, and so would {@code broadsheet convert --to rss-item}
 * with this jar on the class path.
 *
 * <p>Immutable and thread-safe, as every renderer must be: it has no state at all.
 */
public final class RssItemRenderer implements TextRenderer {

    /** The format: name {@code rss-item}, files ending in {@code .xml}. */
    static final OutputFormat FORMAT = OutputFormat.text("rss-item", "application/xml", "xml");

    /** RSS wants RFC 822 dates, such as {@code Sat, 03 Oct 2026 09:15:00 +0100}. */
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME;

    /** Creates the renderer; the {@link java.util.ServiceLoader} calls this. */
    public RssItemRenderer() {}

    @Override
    public OutputFormat format() {
        return FORMAT;
    }

    @Override
    public RenderResult render(Article article, RenderOptions options, Writer out) {
        List<RenderWarning> warnings = new ArrayList<>();
        StringBuilder xml = new StringBuilder(1024);
        xml.append("<item xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n");
        element(xml, "title", article.title());
        article.url().ifPresentOrElse(url -> {
            element(xml, "link", url);
            xml.append("  <guid isPermaLink=\"true\">").append(escape(url)).append("</guid>\n");
        }, () -> warnings.add(new RenderWarning("url", "the article has no address, so the item has no link")));
        description(article).ifPresent(text -> element(xml, "description", text));
        if (!article.authors().isEmpty()) {
            element(xml, "dc:creator", String.join(", ", article.authors()));
        }
        article.tags().forEach(tag -> element(xml, "category", tag));
        article.published().ifPresent(date -> element(xml, "pubDate", RFC_822.format(instant(date, warnings))));
        xml.append("</item>\n");
        try {
            out.write(xml.toString());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RenderResult(warnings);
    }

    /** {@return the subtitle, else the first paragraph, as plain text} */
    private static Optional<String> description(Article article) {
        return article.subtitle().or(() -> article.body().stream()
                .filter(Paragraph.class::isInstance)
                .map(Block::plainText)
                .findFirst());
    }

    /** {@return the publication time with an offset} RSS has no date without a time: midnight UTC then. */
    private static OffsetDateTime instant(PublicationDate date, List<RenderWarning> warnings) {
        if (date.time().isPresent() && date.offset().isEmpty()) {
            warnings.add(new RenderWarning("published", "no offset from UTC is given; written as UTC"));
        }
        return date.toOffsetDateTime().orElseGet(() -> date.toLocalDateTime()
                .orElseGet(date.date()::atStartOfDay)
                .atOffset(ZoneOffset.UTC));
    }

    private static void element(StringBuilder xml, String name, String text) {
        xml.append("  <").append(name).append('>').append(escape(text)).append("</").append(name).append(">\n");
    }

    /**
     * {@return text escaped for XML content and attributes} Characters that XML 1.0 does not allow
     * at all (most control characters, lone surrogates) are left out.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    boolean allowed = c == '\t' || c == '\n' || c == '\r'
                            || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000;
                    if (allowed) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
