package io.github.broadsheet.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.model.Article;
import io.github.broadsheet.model.Figure;
import io.github.broadsheet.model.Paragraph;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** With {@code pdfa}, the PDF passes veraPDF's PDF/A-2b validation, run in-process. */
class PdfaTest {

    private static final PdfRenderer PDFA = PdfRenderer.builder().pdfa(true).build();

    @BeforeAll
    static void initialiseVeraPdf() {
        Pdfs.requireCjkFont();
        VeraGreenfieldFoundryProvider.initialise();
    }

    static Stream<Path> articles() {
        Stream<Path> seed = Files.isRegularFile(Fixtures.SEED) ? Stream.of(Fixtures.SEED) : Stream.empty();
        return Stream.concat(Stream.of(Fixtures.HARBOUR_LIGHTS, Fixtures.TEA_TERRACES, Fixtures.SNOW_LANTERNS,
                Fixtures.NIGHT_MARKET, Fixtures.MODEL_JSON.resolve("council-site-glitch-escapes.json")), seed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void passesPdfA2b(Path file) throws Exception {
        assertPdfA2b(Pdfs.render(PDFA, Fixtures.read(file)).bytes());
    }

    @Test
    void passesPdfA2bWithImagesAndAPlaceholder() throws Exception {
        Article article = Article.builder().title("Harbour pictures").language("en")
                .add(Paragraph.of("Two pictures, one of which is missing."))
                .add(Figure.builder().src(Images.dataUri(Images.png(120, 80), "image/png")).caption("A PNG with alpha.").build())
                .add(Figure.builder().src(Images.dataUri(Images.jpeg(120, 80), "image/jpeg")).caption("A JPEG.").build())
                .add(Figure.builder().src("missing.png").alt("Nothing here").caption("A placeholder.").build())
                .build();

        assertPdfA2b(Pdfs.render(PDFA, article).bytes());
    }

    @Test
    void identifiesItselfAsPdfA2bInXmpOnlyWhenAsked() {
        Article article = Fixtures.read(Fixtures.HARBOUR_LIGHTS);

        String archival = xmp(Pdfs.render(PDFA, article).bytes());
        String plain = xmp(Pdfs.render(new PdfRenderer(), article).bytes());

        assertThat(archival).contains("<pdfaid:part>2</pdfaid:part>").contains("<pdfaid:conformance>B</pdfaid:conformance>");
        assertThat(plain).doesNotContain("pdfaid");
    }

    private static String xmp(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        return text.substring(text.indexOf("<?xpacket begin"), text.indexOf("<?xpacket end"));
    }

    private static void assertPdfA2b(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            String failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage()
                            + " at " + a.getLocation().getContext())
                    .distinct().limit(20).collect(Collectors.joining("\n"));
            assertThat(result.getPDFAFlavour()).isEqualTo(PDFAFlavour.PDFA_2_B);
            assertThat(result.isCompliant()).as("veraPDF PDF/A-2b failures:%n%s", failures).isTrue();
        }
    }
}
