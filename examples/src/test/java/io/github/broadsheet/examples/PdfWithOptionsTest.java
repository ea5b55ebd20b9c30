package io.github.broadsheet.examples;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.pdf.PdfRenderer;
import io.github.broadsheet.render.RenderOptions;
import io.github.broadsheet.render.RenderResult;
import io.github.broadsheet.render.RenderWarning;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfWithOptionsTest {

    @TempDir
    Path out;

    @Test
    void writesALetterPdfAWithTheRegisteredFontEmbedded() throws IOException {
        assertThat(PdfWithOptions.DEFAULT_FONT).as("fonts-dejavu-core, which .ci/run installs").isRegularFile();

        PdfWithOptions.main(new String[] {out.toString()});

        String pdf = new String(Files.readAllBytes(out.resolve("harbour-forecast.pdf")), ISO_8859_1);
        assertThat(pdf).startsWith("%PDF-")
                .contains("/MediaBox[0 0 612 792]")
                .contains("pdfaid:part")
                .containsPattern("/FontName */[A-Z]{6}\\+DejaVuSans");
    }

    @Test
    void withoutTheRegisteredFontTheAnchorIsReportedMissing() {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();

        RenderResult result = new PdfRenderer().render(PdfWithOptions.forecast(), RenderOptions.defaults(), pdf);

        // This is why the example adds a font: the anchor would otherwise print as a box.
        assertThat(result.warnings()).extracting(RenderWarning::message)
                .containsExactly("no font has a glyph for U+2693 ANCHOR; printed as □ (U+25A1)");
    }
}
