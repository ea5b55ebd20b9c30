package io.github.broadsheet.examples;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.broadsheet.render.RendererRegistry;
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
        assertThat(Files.readString(out.resolve("tool-library.html"))).contains("src=\"images/tram-depot.svg\"");
        assertThat(out.resolve("images/tram-depot.svg")).as("relative image paths work from the output folder")
                .hasSameBinaryContentAs(Path.of("examples/samples/images/tram-depot.svg"));
        assertThat(Files.readString(out.resolve("granary-night-market.html")))
                .contains("<html lang=\"zh\"")
                .contains("临河镇旧粮仓改建成夜市");
    }

    @Test
    void writesAPdfOfEverySample() throws IOException {
        // The PDF renderer comes with article-pdf; until it is on the class path there is nothing to test here.
        assumeTrue(RendererRegistry.defaultRegistry().find("pdf").isPresent(), "no pdf renderer registered yet");

        Demo.main(new String[] {out.toString()});

        for (String sample : SAMPLES) {
            assertThat(Files.readAllBytes(out.resolve(sample + ".pdf"))).as(sample)
                    .startsWith("%PDF-".getBytes(US_ASCII));
            assertThat(Files.readString(out.resolve("index.html"))).contains("<a href=\"" + sample + ".pdf\">");
        }
    }
}
