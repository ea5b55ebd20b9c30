package io.github.broadsheet.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.model.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Liberation faces cut to their common characters (the default) against the whole faces:
 * every fixture prints the same characters at the same places in the same sizes, with warnings
 * alike, and embeds smaller font programs.
 */
class CutFacesTest {

    private static final PdfRenderer CUT = PdfRenderer.builder().build();
    private static final PdfRenderer WHOLE = PdfRenderer.builder().cutLiberation(false).build();

    @BeforeAll
    static void cjkFontInstalled() {
        Pdfs.requireCjkFont();
    }

    static Stream<Path> fixtures() {
        return Fixtures.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void printsEveryCharacterWhereTheWholeFacesDo(Path file) {
        assertSameLayout(Fixtures.read(file));
    }

    @Test
    void printsTheSeedWhereTheWholeFacesDo() {
        Assumptions.assumeTrue(Files.isRegularFile(Fixtures.SEED),
                "the seed is read from ../shared/seeds/ where that folder is beside the repository");
        assertSameLayout(Fixtures.read(Fixtures.SEED));
    }

    @Test
    void setsCharactersBeyondTheCutInTheWholeFace() {
        Article article = Article.builder().title("Ferry notes")
                .paragraph("Plain words, then Greek \u03B1\u03B2\u03B3 and Cyrillic \u0436\u0443\u043A, then plain.")
                .build();
        assertSameLayout(article);
        try (PDDocument pdf = Pdfs.render(CUT, article).load()) {
            // The cut serif face for the plain words, the whole one for the rest; each embedded.
            assertThat(Pdfs.fonts(pdf)).allMatch(Pdfs.UsedFont::embedded)
                    .filteredOn(f -> f.name().endsWith("+LiberationSerif")).hasSize(2);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertSameLayout(Article article) {
        Pdfs.Rendered cut = Pdfs.render(CUT, article);
        Pdfs.Rendered whole = Pdfs.render(WHOLE, article);
        assertThat(cut.warnings()).isEqualTo(whole.warnings());
        assertThat(positions(cut)).isEqualTo(positions(whole));
        assertThat(fontProgramBytes(cut)).isLessThan(fontProgramBytes(whole));
    }

    /** {@return every character PDFBox reads, page by page, with its place, size and width} */
    private static List<String> positions(Pdfs.Rendered rendered) {
        List<String> out = new ArrayList<>();
        try (PDDocument pdf = rendered.load()) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    out.add(getCurrentPageNo() + " " + text.getUnicode() + " " + text.getXDirAdj() + ","
                            + text.getYDirAdj() + " " + text.getFontSizeInPt() + " " + text.getWidthDirAdj());
                }
            };
            stripper.getText(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** {@return the length of the embedded font programs, compressed, as they are in the file} */
    private static long fontProgramBytes(Pdfs.Rendered rendered) {
        long total = 0;
        try (PDDocument pdf = rendered.load()) {
            for (org.apache.pdfbox.pdmodel.PDPage page : pdf.getPages()) {
                for (org.apache.pdfbox.cos.COSName name : page.getResources().getFontNames()) {
                    org.apache.pdfbox.pdmodel.font.PDFontDescriptor d = page.getResources().getFont(name).getFontDescriptor();
                    if (d != null && d.getFontFile2() != null) {
                        total += d.getFontFile2().getCOSObject().getLength();
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return total;
    }
}
