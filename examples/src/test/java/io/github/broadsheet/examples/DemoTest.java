package io.github.broadsheet.examples;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoTest {

    private static final List<String> SAMPLES =
            List.of("granary-night-market", "gullhaven-ferry", "harbour-log", "tide-mill", "tool-library");

    @TempDir
    Path out;

    @Test
    void writesBothHtmlThemesOfEverySampleWithTheirImagesAndAnIndex() throws IOException {
        Demo.main(new String[] {out.toString()});

        for (String sample : SAMPLES) {
            assertThat(Files.readString(out.resolve(sample + ".html"))).startsWith("<!DOCTYPE html>");
            assertThat(Files.readString(out.resolve(sample + ".print.html")))
                    .contains("data-action=\"print\"");
            assertThat(Files.readString(out.resolve("index.html")))
                    .contains("<a href=\"" + sample + ".html\">")
                    .contains("<a href=\"" + sample + ".print.html\">");
        }
        assertThat(Files.readString(out.resolve("tool-library.html"))).contains("src=\"images/tram-depot.png\"");
        assertThat(out.resolve("images/tram-depot.png")).as("relative image paths work from the output folder")
                .hasSameBinaryContentAs(Path.of("examples/samples/images/tram-depot.png"));
        assertThat(Files.readString(out.resolve("granary-night-market.html")))
                .contains("<html lang=\"zh\"")
                .contains("临河镇旧粮仓改建成夜市");
    }

    @Test
    void writesAPdfOfEverySample() throws IOException {
        Demo.main(new String[] {out.toString()});

        for (String sample : SAMPLES) {
            assertThat(Files.readAllBytes(out.resolve(sample + ".pdf"))).as(sample)
                    .startsWith("%PDF-".getBytes(US_ASCII));
            assertThat(Files.readString(out.resolve("index.html"))).contains("<a href=\"" + sample + ".pdf\">");
        }
        // The drawings of the tool library article are in its PDF, not placeholders.
        assertThat(new String(Files.readAllBytes(out.resolve("tool-library.pdf")), java.nio.charset.StandardCharsets.ISO_8859_1))
                .contains("/Subtype/Image");
    }
}
