package io.github.broadsheet.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.model.Article;
import io.github.broadsheet.model.Paragraph;
import io.github.broadsheet.render.RenderWarning;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A character no font has is printed as a box and reported with its code point and place. */
class MissingGlyphTest {

    private static final PdfRenderer WITHOUT_CJK = PdfRenderer.builder().cjkFontDirectories(List.of()).build();

    @BeforeAll
    static void cjkFontInstalled() {
        Pdfs.requireCjkFont();
    }

    @Test
    void reportsEveryCjkCharacterWhenNoCjkFontIsFound() throws IOException {
        Article article = Fixtures.read(Fixtures.NIGHT_MARKET);

        Pdfs.Rendered rendered = Pdfs.render(WITHOUT_CJK, article);

        assertThat(rendered.warnings()).contains(new RenderWarning("title", "no font has a glyph for U+8001"
                + " CJK UNIFIED IDEOGRAPHS 8001; printed as \u25A1 (U+25A1) (no CJK font was found: install Noto Sans"
                + " CJK, such as Debian's fonts-noto-cjk, or add a font with PdfRenderer.Builder.addFont)"));
        assertThat(rendered.warnings()).anyMatch(w -> w.path().equals("body[0]") && w.message().contains("U+5468"));
        assertThat(rendered.warnings()).anyMatch(w -> w.path().equals("body[4]") && w.message().contains("U+1F60B"));
        try (PDDocument pdf = rendered.load()) {
            String body = Pdfs.squeeze(Pdfs.bodyText(pdf, PdfOptions.defaults()));
            // The Latin text around the missing characters is still there, and each one is a box.
            assertThat(body).contains("ZhouMingyuan").contains("\u25A1\u25A1\u25A1\u25A1");
            assertThat(body).contains(Pdfs.squeeze("https://jiangpan.example/city/\u25A1\u25A1"));
        }
    }

    @Test
    void findsWithTheCjkFontWhatItLacksWithout() {
        Article article = Fixtures.read(Fixtures.NIGHT_MARKET);

        List<RenderWarning> warnings = Pdfs.render(new PdfRenderer(), article).warnings();

        assertThat(warnings).containsExactly(new RenderWarning("body[4]",
                "no font has a glyph for U+1F60B FACE SAVOURING DELICIOUS FOOD; printed as \u25A1 (U+25A1)"));
    }

    @Test
    void anAddedFontFillsTheGaps() {
        Article article = Fixtures.read(Fixtures.TEA_TERRACES);
        PdfRenderer withFont = PdfRenderer.builder().cjkFontDirectories(List.of()).addFont(Pdfs.NOTO_SANS_CJK, 3).build();

        assertThat(Pdfs.render(WITHOUT_CJK, article).warnings()).isNotEmpty();
        assertThat(Pdfs.render(withFont, article).warnings()).isEmpty();
    }

    @Test
    void reportsEmojiAndControlCharactersWhereTheyAre() throws IOException {
        Article article = Article.builder().title("Weather \uD83C\uDF27 ahead")
                .add(Paragraph.of("The sign said \u0915 and nothing else.")) // Devanagari: in no font here
                .add(Paragraph.of("A bell\u0007 rang."))
                .build();

        Pdfs.Rendered rendered = Pdfs.render(new PdfRenderer(), article);

        assertThat(rendered.warnings()).extracting(RenderWarning::toString).containsExactly(
                "title: no font has a glyph for U+1F327 CLOUD WITH RAIN; printed as \u25A1 (U+25A1)",
                "body[0]: no font has a glyph for U+0915 DEVANAGARI LETTER KA; printed as \u25A1 (U+25A1)",
                "body[1]: the control character U+0007 is not printable; left out");
        try (PDDocument pdf = rendered.load()) {
            assertThat(Pdfs.squeeze(Pdfs.bodyText(pdf, PdfOptions.defaults())))
                    .contains("Weather\u25A1ahead", "Thesignsaid\u25A1andnothingelse.", "Abellrang.");
        }
    }

    @Test
    void warnsThatRightToLeftTextIsNotReordered() {
        Article article = Article.builder().title("Shalom means peace")
                .add(Paragraph.of("The sign read \u05E9\u05DC\u05D5\u05DD in large letters.")).build();

        assertThat(Pdfs.render(new PdfRenderer(), article).warnings()).containsExactly(new RenderWarning("body[0]",
                "right-to-left text (such as U+05E9) is printed left to right: the PDF renderer does not reorder"
                        + " bidirectional text"));
    }

    @Test
    void headerDoesNotReportTheTitleTwice() {
        Article.Builder builder = Article.builder().title("Rain \uD83C\uDF27 again");
        for (int i = 0; i < 60; i++) {
            builder.add(Paragraph.of("Paragraph " + i + " about the rain, which went on all week and then some more."));
        }

        List<RenderWarning> warnings = Pdfs.render(new PdfRenderer(), builder.build()).warnings();

        // The running header repeats the title on every page from the second: one warning all the same.
        assertThat(warnings).extracting(RenderWarning::path).containsExactly("title");
    }
}
