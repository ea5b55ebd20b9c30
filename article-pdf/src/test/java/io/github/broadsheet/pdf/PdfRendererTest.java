package io.github.broadsheet.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.model.Article;
import io.github.broadsheet.render.OutputFormat;
import io.github.broadsheet.render.RenderOptions;
import io.github.broadsheet.render.RenderWarning;
import io.github.broadsheet.render.RendererRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PdfRendererTest {

    private static final PdfRenderer RENDERER = new PdfRenderer();

    @BeforeAll
    static void cjkFontInstalled() {
        Pdfs.requireCjkFont();
    }

    @Test
    void isFoundThroughServiceLoaderAsPdf() {
        assertThat(RendererRegistry.load().expect("pdf")).isInstanceOf(PdfRenderer.class);
        assertThat(RENDERER.format()).isEqualTo(OutputFormat.binary("pdf", "application/pdf", "pdf"));
        assertThat(RENDERER.format().binary()).isTrue();
    }

    @Test
    void usesThePageSizeOnEveryPage() throws IOException {
        Article article = Fixtures.read(Fixtures.HARBOUR_LIGHTS);

        try (PDDocument letter = Pdfs.render(RENDERER.withOptions(PdfOptions.builder().pageSize(PageSize.LETTER)
                .build()), article).load();
                PDDocument a5 = Pdfs.render(RENDERER.withOptions(PdfOptions.builder()
                        .pageSize(PageSize.parse("a5-landscape")).margins(Margins.parse("12mm")).build()), article).load()) {
            for (PDPage page : letter.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isEqualTo(612f);
                assertThat(page.getMediaBox().getHeight()).isEqualTo(792f);
            }
            assertThat(a5.getPage(0).getMediaBox().getWidth()).isCloseTo(595.28f, org.assertj.core.api.Assertions.within(0.01f));
            assertThat(a5.getNumberOfPages()).isGreaterThan(letter.getNumberOfPages());
        }
    }

    @Test
    void leavesOutHeaderAndFooterWhenAsked() throws IOException {
        Article article = Fixtures.read(Fixtures.HARBOUR_LIGHTS);
        PdfRenderer bare = RENDERER.withOptions(PdfOptions.builder().header(false).footer(false).build());

        try (PDDocument with = Pdfs.render(RENDERER, article).load(); PDDocument without = Pdfs.render(bare, article).load()) {
            assertThat(with.getNumberOfPages()).isGreaterThan(1);
            assertThat(Pdfs.pageTexts(with).get(1)).contains("Page 2 of").contains("keeps its lamp");
            assertThat(Pdfs.pageTexts(without)).noneMatch(t -> t.contains("Page "));
            // The title is in the running header of page 2, and nowhere else on it.
            assertThat(Pdfs.pageTexts(without).get(1)).doesNotContain("keeps its lamp");
        }
    }

    @Test
    void labelsFollowTheLocaleOption() throws IOException {
        Article article = Fixtures.read(Fixtures.HARBOUR_LIGHTS);

        try (PDDocument pdf = Pdfs.render(RENDERER, article, RenderOptions.builder().locale(Locale.CHINESE).build())
                .load()) {
            assertThat(Pdfs.squeeze(Pdfs.pageTexts(pdf).get(0))).contains("第1页，共2页").contains("2026年2月21日");
        }
    }

    @Test
    void makesWebAndMailLinksClickable() throws IOException {
        Pdfs.Rendered rendered = Pdfs.render(RENDERER, Fixtures.read(Fixtures.HARBOUR_LIGHTS));

        try (PDDocument pdf = rendered.load()) {
            assertThat(linkTargets(pdf)).contains("https://coastal-authority.example/decisions/2026-014",
                    "mailto:keepers@brennick-trust.example", "https://westernshore.example/news/2026/brennick-lamp");
        }
        assertThat(rendered.warnings()).containsExactly(new RenderWarning("body[16]", "the link \"/archive/brennick\""
                + " is not an absolute http, https or mailto address and no base URL is set; its text is printed"
                + " without a link"));
    }

    @Test
    void resolvesRelativeLinksAgainstTheBaseUrl() throws IOException {
        Pdfs.Rendered rendered = Pdfs.render(RENDERER, Fixtures.read(Fixtures.HARBOUR_LIGHTS),
                RenderOptions.builder().baseUrl(URI.create("https://westernshore.example/news/")).build());

        assertThat(rendered.warnings()).isEmpty();
        try (PDDocument pdf = rendered.load()) {
            assertThat(linkTargets(pdf)).contains("https://westernshore.example/archive/brennick");
        }
    }

    @Test
    void setsCjkTextInTheRegionalFormsOfTheArticlesLanguage() throws IOException {
        assertThat(fontNames(Fixtures.TEA_TERRACES, RENDERER)).anyMatch(n -> n.contains("NotoSerifCJKtc"))
                .noneMatch(n -> n.contains("CJKsc"));
        assertThat(fontNames(Fixtures.SNOW_LANTERNS, RENDERER)).anyMatch(n -> n.contains("CJKjp"));
        assertThat(fontNames(Fixtures.NIGHT_MARKET, RENDERER)).anyMatch(n -> n.contains("CJKsc"));
    }

    @Test
    void setsEverythingInSansWhenAsked() throws IOException {
        PdfRenderer sans = RENDERER.withOptions(PdfOptions.builder().typeface(Typeface.SANS).build());

        assertThat(fontNames(Fixtures.NIGHT_MARKET, sans)).isNotEmpty()
                .allMatch(n -> n.contains("LiberationSans") || n.contains("NotoSansCJK"));
        assertThat(fontNames(Fixtures.NIGHT_MARKET, RENDERER)).anyMatch(n -> n.contains("LiberationSerif"));
    }

    @Test
    void flushesButDoesNotCloseTheStream() {
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        RENDERER.render(Fixtures.read(Fixtures.HARBOUR_LIGHTS), RenderOptions.defaults(), out);

        assertThat(closed[0]).isFalse();
        assertThat(out.toByteArray()).startsWith((byte) '%', (byte) 'P', (byte) 'D', (byte) 'F');
    }

    private static List<String> fontNames(java.nio.file.Path file, PdfRenderer renderer) throws IOException {
        try (PDDocument pdf = Pdfs.render(renderer, Fixtures.read(file)).load()) {
            return Pdfs.fonts(pdf).stream().map(Pdfs.UsedFont::name).distinct().toList();
        }
    }

    private static List<String> linkTargets(PDDocument pdf) throws IOException {
        List<String> targets = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                    targets.add(uri.getURI());
                }
            }
        }
        return targets;
    }
}
