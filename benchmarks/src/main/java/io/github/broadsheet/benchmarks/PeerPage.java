package io.github.broadsheet.benchmarks;

import io.github.broadsheet.model.Article;
import io.github.broadsheet.render.RenderOptions;
import io.github.broadsheet.render.html.HtmlRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.librepdf.openpdf.fonts.Liberation;

/**
 * What the HTML-to-PDF peers are given: the same article as an XHTML page, and the same
 * Liberation fonts the PDF renderer embeds.
 *
 * <p>The page is Broadsheet's own print view ({@link HtmlRenderer}, theme {@code print}) with its
 * stylesheet, script and (hidden) print controls taken out and {@link #STYLESHEET} put in: the
 * print theme's layout in CSS 2.1 that these engines read, Liberation Serif for the text,
 * Liberation Sans for the dateline and captions, A4 with the same margins, and page margin boxes
 * for the running title and the {@code Page N of M} footer that Broadsheet's PDF has. jsoup turns
 * it into XHTML once, outside the timed code, because two of the three peers read XML only.
 */
final class PeerPage {

    /** The families the peers are told about, each with its four faces, as in Broadsheet's PDF. */
    static final List<Face> FACES = List.of(
            new Face("Liberation Serif", "LiberationSerif-Regular.ttf", 400, false),
            new Face("Liberation Serif", "LiberationSerif-Bold.ttf", 700, false),
            new Face("Liberation Serif", "LiberationSerif-Italic.ttf", 400, true),
            new Face("Liberation Serif", "LiberationSerif-BoldItalic.ttf", 700, true),
            new Face("Liberation Sans", "LiberationSans-Regular.ttf", 400, false),
            new Face("Liberation Sans", "LiberationSans-Bold.ttf", 700, false),
            new Face("Liberation Sans", "LiberationSans-Italic.ttf", 400, true),
            new Face("Liberation Sans", "LiberationSans-BoldItalic.ttf", 700, true));

    /** The simplified print stylesheet; {@code %s} is the running title, a CSS string. */
    static final String STYLESHEET = """
            @page { size: A4; margin: 18mm 16mm 20mm;
              @top-center { content: %s; font-family: "Liberation Sans"; font-size: 8pt; color: #555; }
              @bottom-center { content: "Page " counter(page) " of " counter(pages);
                font-family: "Liberation Sans"; font-size: 8pt; color: #555; } }
            body { margin: 0; color: #111; font-family: "Liberation Serif"; font-size: 12pt; line-height: 1.5; }
            .dateline, figcaption, footer { font-family: "Liberation Sans"; }
            header { margin-bottom: 14pt; padding-bottom: 7pt; border-bottom: 2px solid #111; }
            h1 { margin: 0 0 6pt; font-size: 22pt; line-height: 1.2; }
            .standfirst { margin: 0 0 6pt; font-size: 13pt; font-style: italic; }
            .dateline { color: #333; font-size: 9.5pt; }
            .byline { margin: 4pt 0 0; font-size: 10pt; font-weight: bold; }
            p { margin: 0 0 9pt; text-align: justify; orphans: 3; widows: 3; }
            h2, h3, h4, h5, h6 { margin: 14pt 0 5pt; line-height: 1.2; page-break-after: avoid; }
            h2 { font-size: 15pt; } h3 { font-size: 13pt; } h4, h5, h6 { font-size: 12pt; }
            a { color: #111; text-decoration: none; }
            figure { margin: 10pt 0 12pt; page-break-inside: avoid; }
            figcaption { margin-top: 3pt; color: #333; font-size: 9pt; }
            figure.credit-only { margin: 4pt 0 10pt; }
            figure.credit-only figcaption { margin: 0; font-style: italic; }
            blockquote { margin: 12pt 2em; font-size: 12.5pt; font-style: italic; }
            ul, ol { margin: 0 0 9pt; padding-left: 1.5em; }
            li { margin: 0 0 3pt; }
            footer { margin-top: 18pt; padding-top: 6pt; border-top: 1px solid #111; color: #333; font-size: 9pt; }
            """;

    private PeerPage() {}

    /**
     * A font face given to the peers.
     *
     * @param family the CSS family name
     * @param file the file name in {@code openpdf-fonts-extra}'s {@code liberation/} folder
     * @param weight the CSS weight
     * @param italic whether the face is italic
     */
    record Face(String family, String file, int weight, boolean italic) {

        /** {@return the font file's bytes} */
        byte[] bytes() {
            try (InputStream in = Liberation.class.getResourceAsStream("/liberation/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("openpdf-fonts-extra has no liberation/" + file);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * {@return the font written to a folder, for the peers that take a font file's path}
         *
         * @param folder where to write
         */
        Path writeTo(Path folder) {
            Path file = folder.resolve(this.file);
            try {
                if (!Files.exists(file)) {
                    Files.write(file, bytes());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return file;
        }
    }

    /**
     * {@return the article as the XHTML page the peers render}
     *
     * @param article the article
     */
    static String xhtml(Article article) {
        String html = new HtmlRenderer().renderToString(article,
                RenderOptions.builder().theme(RenderOptions.PRINT_THEME).build());
        Document page = Jsoup.parse(html);
        page.select("style, script, .controls").remove();
        page.head().appendElement("style").appendChild(new org.jsoup.nodes.DataNode(
                STYLESHEET.formatted(cssString(article.title()))));
        page.selectFirst("html").attr("xmlns", "http://www.w3.org/1999/xhtml");
        page.outputSettings()
                .syntax(Document.OutputSettings.Syntax.xml)
                .escapeMode(Entities.EscapeMode.xhtml)
                .prettyPrint(false);
        return page.outerHtml();
    }

    private static String cssString(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '\\' || c < 0x20) {
                out.append('\\').append(Integer.toHexString(c)).append(' ');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append('"').toString();
    }
}
