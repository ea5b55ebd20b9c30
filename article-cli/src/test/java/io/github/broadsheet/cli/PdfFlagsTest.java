package io.github.broadsheet.cli;

import static io.github.broadsheet.cli.CliRun.run;
import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDF flags of {@code convert} reach the pdf renderer, and bad values are usage errors. */
class PdfFlagsTest {

    @TempDir
    Path dir;

    /** The raw PDF, read as Latin-1 so its dictionaries can be searched as text. */
    private String pdf(CliRun result) {
        assertThat(result.exitCode()).as("%s", result).isZero();
        String text = new String(result.stdoutBytes(), ISO_8859_1);
        assertThat(text).startsWith("%PDF-");
        return text;
    }

    @Test
    void writesA4WithoutPdfAByDefault() {
        Path input = Fixtures.copy(Fixtures.FERRY, dir);

        String pdf = pdf(run("convert", input.toString(), "--to", "pdf"));

        assertThat(pdf).contains("/MediaBox[0 0 595.28 841.89]").doesNotContain("pdfaid:part");
    }

    @Test
    void pageSizeAndPdfAReachTheRenderer() {
        Path input = Fixtures.copy(Fixtures.FERRY, dir);

        String pdf = pdf(run("convert", input.toString(), "--to", "pdf", "--page-size", "letter", "--pdfa"));

        assertThat(pdf).contains("/MediaBox[0 0 612 792]").contains("pdfaid:part");
    }

    @Test
    void sameFlagsGiveTheSameBytes() {
        Path input = Fixtures.copy(Fixtures.FERRY, dir);

        CliRun first = run("convert", input.toString(), "--to", "pdf", "--page-size", "a5", "--typeface", "sans");
        CliRun second = run("convert", input.toString(), "--to", "pdf", "--page-size", "a5", "--typeface", "sans");
        CliRun serif = run("convert", input.toString(), "--to", "pdf", "--page-size", "a5");

        assertThat(first.stdoutBytes()).isEqualTo(second.stdoutBytes()).isNotEqualTo(serif.stdoutBytes());
    }

    @Test
    void rejectsABadValueNamingItsFlagBeforeWritingAnything() {
        Path input = Fixtures.copy(Fixtures.FERRY, dir);
        Path out = dir.resolve("out");

        CliRun size = run("convert", input.toString(), "--to", "pdf,json", "--page-size", "huge", "-o", out.toString());
        CliRun font = run("convert", input.toString(), "--to", "pdf", "--font", dir.resolve("none.ttf").toString());
        CliRun images = run("convert", input.toString(), "--to", "pdf", "--image-dir", dir.resolve("none").toString());

        assertThat(size.exitCode()).isEqualTo(2);
        assertThat(size.stderrLines().get(0)).startsWith("broadsheet convert: --page-size: unknown page size \"huge\"");
        assertThat(Files.exists(out)).as("nothing written").isFalse();
        assertThat(font.exitCode()).isEqualTo(2);
        assertThat(font.stderrLines().get(0)).endsWith("none.ttf: no such file");
        assertThat(images.exitCode()).isEqualTo(2);
        assertThat(images.stderrLines().get(0)).contains("is not a folder");
    }

    @Test
    void pdfFlagsDoNotChangeOtherFormats() {
        Path input = Fixtures.copy(Fixtures.FERRY, dir);

        CliRun plain = run("convert", input.toString(), "--to", "json");
        CliRun flagged = run("convert", input.toString(), "--to", "json", "--page-size", "letter", "--pdfa");

        assertThat(flagged.exitCode()).as("%s", flagged).isZero();
        assertThat(flagged.stdoutBytes()).isEqualTo(plain.stdoutBytes());
    }
}
