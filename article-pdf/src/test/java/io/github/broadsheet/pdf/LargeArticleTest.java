package io.github.broadsheet.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.render.RenderOptions;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A 2,000-block article renders in a JVM limited to 128 MB of heap, and gives there the same bytes
 * as in this JVM: memory stays bounded (pages are written as they fill) and nothing depends on the
 * JVM instance.
 */
class LargeArticleTest {

    private static final int BLOCKS = 2000;
    private static final long SEED = 20260601L;

    @BeforeAll
    static void cjkFontInstalled() {
        Pdfs.requireCjkFont();
    }

    @Test
    void rendersTwoThousandBlocksInA128MegabyteHeapWithTheSameBytes() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx128m", "-XX:+ExitOnOutOfMemoryError", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), LargeArticleMain.class.getName(),
                Integer.toString(BLOCKS), Long.toString(SEED))
                .redirectErrorStream(true)
                .start();
        byte[] output;
        try {
            output = process.getInputStream().readAllBytes();
            assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the forked JVM finishes").isTrue();
        } finally {
            process.destroyForcibly();
        }
        String printed = new String(output, StandardCharsets.UTF_8).strip();
        assertThat(process.exitValue()).as("exit value; the forked JVM printed:%n%s", printed).isZero();

        ByteArrayOutputStream here = new ByteArrayOutputStream();
        new PdfRenderer().render(LargeArticles.create(BLOCKS, SEED), RenderOptions.defaults(), here);
        String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(here.toByteArray()));
        assertThat(printed).isEqualTo(digest + " " + here.size() + " 0");

        try (PDDocument pdf = new Pdfs.Rendered(here.toByteArray(), List.of()).load()) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(50);
            assertThat(Pdfs.fonts(pdf)).allMatch(Pdfs.UsedFont::embedded);
        }
    }

    @Test
    void classPathOfTheForkedJvmIsThisOne() throws IOException {
        assertThat(System.getProperty("java.class.path").split(File.pathSeparator))
                .anyMatch(p -> p.contains("openpdf"));
    }
}
