package io.github.broadsheet.examples;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the quick start the way a reader would, from the repository root. */
class QuickStartTest {

    @TempDir
    Path out;

    @Test
    void writesTheHtmlPageOfThePrintViewText() throws IOException {
        Path page = QuickStart.writeHtml(QuickStart.read(), out);

        assertThat(page).isEqualTo(out.resolve("gullhaven-ferry.html"));
        assertThat(Files.readString(page))
                .startsWith("<!DOCTYPE html>")
                .contains("<h1>Gullhaven ferry moves to a winter timetable</h1>")
                .contains("Jonas Berg");
    }

    @Test
    void writesHtmlAndPdf() throws IOException {

        QuickStart.main(new String[] {out.toString()});

        assertThat(out.resolve("gullhaven-ferry.html")).isRegularFile();
        assertThat(Files.readAllBytes(out.resolve("gullhaven-ferry.pdf"))).startsWith("%PDF-".getBytes(US_ASCII));
    }
}
