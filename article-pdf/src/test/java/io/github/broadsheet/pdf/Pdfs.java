package io.github.broadsheet.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.broadsheet.model.Article;
import io.github.broadsheet.render.RenderOptions;
import io.github.broadsheet.render.RenderResult;
import io.github.broadsheet.render.RenderWarning;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;

/** Renders articles and reads the PDFs back with PDFBox, for the tests. */
final class Pdfs {

    /** The CJK collections the tests expect; {@code .ci/run} installs them (Debian's fonts-noto-cjk). */
    static final Path NOTO_SANS_CJK = Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");

    private static final Pattern MISSING_GLYPH = Pattern.compile("no font has a glyph for U\\+([0-9A-F]{4,6})");

    private Pdfs() {}

    /** A PDF and what its rendering reported. */
    record Rendered(byte[] bytes, List<RenderWarning> warnings) {

        PDDocument load() {
            try {
                return Loader.loadPDF(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** {@return the code points the warnings say no font has} */
        Set<Integer> missingGlyphs() {
            Set<Integer> missing = new HashSet<>();
            for (RenderWarning w : warnings) {
                Matcher m = MISSING_GLYPH.matcher(w.message());
                if (m.find()) {
                    missing.add(Integer.parseInt(m.group(1), 16));
                }
            }
            return missing;
        }
    }

    static Rendered render(PdfRenderer renderer, Article article) {
        return render(renderer, article, RenderOptions.defaults());
    }

    static Rendered render(PdfRenderer renderer, Article article, RenderOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RenderResult result = renderer.render(article, options, out);
        return new Rendered(out.toByteArray(), result.warnings());
    }

    /** Fails, naming the package to install, when the Noto CJK fonts are missing. */
    static void requireCjkFont() {
        if (!Files.isRegularFile(NOTO_SANS_CJK)) {
            fail("the CJK tests need " + NOTO_SANS_CJK + ": install it with `apt-get install fonts-noto-cjk`"
                    + " (.ci/run does)");
        }
    }

    /**
     * {@return text as the comparisons see it}: NFC, with every white space (and the line ends
     * PDFBox puts where lines wrap, which CJK text has between any two characters) removed
     */
    static String squeeze(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        nfc.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)
                        && Character.getType(cp) != Character.CONTROL)
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    /** {@return text with each code point no font has replaced by the box the renderer prints} */
    static String printed(String text, Set<Integer> missing) {
        StringBuilder out = new StringBuilder();
        Normalizer.normalize(text, Normalizer.Form.NFC).codePoints()
                .forEach(cp -> out.appendCodePoint(missing.contains(cp) ? 0x25A1 : cp));
        return out.toString();
    }

    /** {@return the text inside the margins of every page, in order: the body without header and footer} */
    static String bodyText(PDDocument document, PdfOptions options) {
        return String.join("\n", pageBodies(document, options));
    }

    /** {@return the whole text of each page, header and footer included} */
    static List<String> pageTexts(PDDocument document) {
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new ArrayList<>();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(document));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@return the body text of each page, in order} */
    static List<String> pageBodies(PDDocument document, PdfOptions options) {
        try {
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            Margins m = options.margins();
            stripper.addRegion("body", new Rectangle2D.Float(m.left() - 2, m.top() - 2,
                    options.pageSize().width() - m.left() - m.right() + 4,
                    options.pageSize().height() - m.top() - m.bottom() + 4));
            List<String> pages = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                stripper.extractRegions(page);
                pages.add(stripper.getTextForRegion("body"));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A font used on a page, and whether its program is embedded. */
    record UsedFont(String name, boolean embedded) {}

    /** {@return every font of every page, forms included} */
    static List<UsedFont> fonts(PDDocument document) {
        List<UsedFont> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            collectFonts(page.getResources(), fonts, 0);
        }
        return fonts;
    }

    private static void collectFonts(PDResources resources, List<UsedFont> fonts, int depth) {
        if (resources == null || depth > 8) {
            return;
        }
        try {
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                PDFontDescriptor d = font.getFontDescriptor();
                boolean embedded = d != null
                        && (d.getFontFile() != null || d.getFontFile2() != null || d.getFontFile3() != null);
                fonts.add(new UsedFont(font.getName(), embedded));
            }
            for (COSName name : resources.getXObjectNames()) {
                PDXObject x = resources.getXObject(name);
                if (x instanceof PDFormXObject form) {
                    collectFonts(form.getResources(), fonts, depth + 1);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@return how many images each page draws} */
    static List<Integer> imagesPerPage(PDDocument document) {
        List<Integer> counts = new ArrayList<>();
        try {
            for (PDPage page : document.getPages()) {
                int n = 0;
                PDResources r = page.getResources();
                for (COSName name : r.getXObjectNames()) {
                    if (r.getXObject(name) instanceof PDImageXObject) {
                        n++;
                    }
                }
                counts.add(n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counts;
    }

    /** An outline entry and its depth (1 for the top level). */
    record Bookmark(int depth, String title) {}

    /** {@return the outline, depth first} */
    static List<Bookmark> outline(PDDocument document) {
        List<Bookmark> out = new ArrayList<>();
        PDOutlineNode root = document.getDocumentCatalog().getDocumentOutline();
        if (root != null) {
            collect(root, 1, out);
        }
        return out;
    }

    private static void collect(PDOutlineNode node, int depth, List<Bookmark> out) {
        for (PDOutlineItem item : node.children()) {
            out.add(new Bookmark(depth, item.getTitle()));
            collect(item, depth + 1, out);
        }
    }

    /** Asserts that each expected text follows the one before it in the haystack. */
    static void assertInOrder(String haystack, List<String> expected, String what) {
        String hay = squeeze(haystack);
        int from = 0;
        for (String e : expected) {
            String needle = squeeze(e);
            if (needle.isEmpty()) {
                continue;
            }
            int at = hay.indexOf(needle, from);
            if (at < 0) {
                int anywhere = hay.indexOf(needle);
                fail(what + ": \"" + e + "\" " + (anywhere < 0 ? "is not in the PDF" : "is out of order")
                        + "\n--- PDF text after the last match:\n" + hay.substring(from, Math.min(hay.length(), from + 400)));
            }
            from = at + needle.length();
        }
        assertThat(from).isPositive();
    }
}
