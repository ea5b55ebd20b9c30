package io.github.broadsheet.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the example the way a reader would, from the repository root. */
class HtmlWithOwnTemplateTest {

    @TempDir
    Path out;

    @Test
    void replacesTheFigureTemplateAndKeepsTheRestOfThePrintView() throws IOException {
        Path page = out.resolve("tool-library.html");

        HtmlWithOwnTemplate.main(new String[] {"examples/samples/tool-library.json", page.toString()});

        String html = Files.readString(page);
        URI image = Path.of("examples/samples").toAbsolutePath().toUri().resolve("images/tram-depot.png");
        assertThat(html).contains("<figure class=\"credit-first\">\n<p class=\"credit\">Photo: Ines Okonjo</p>\n"
                + "<img src=\"" + image + "\"")
                .contains("<button type=\"button\" data-action=\"print\">Print</button>")
                .contains("<h1>Old tram depot reopens as a library of tools</h1>")
                .doesNotContain("<figure>");
    }
}
