package io.github.broadsheet.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchTest {

    @TempDir
    Path out;

    @Test
    void rendersEverySampleArticleToAPrintView() throws Exception {
        Batch.main(new String[] {out.toString(), "examples/samples"});

        assertThat(names(out)).containsExactly("granary-night-market.html", "gullhaven-ferry.html",
                "harbour-log.html", "tide-mill.html", "tool-library.html");
        assertThat(Files.readString(out.resolve("harbour-log.html")))
                .contains("<h1>A year in the Gullhaven harbour log</h1>")
                .contains("data-action=\"print\"");
        assertThat(Files.readString(out.resolve("tool-library.html")))
                .as("images resolve against the input folder")
                .contains("src=\"" + Path.of("examples/samples").toAbsolutePath().toUri().resolve("images/tool-wall.png"));
    }

    @Test
    void picksArticleFilesByTheExtensionsOfTheRegisteredParsers() throws IOException {
        assertThat(Batch.articleFiles(Path.of("examples/samples")))
                .extracting(p -> p.getFileName().toString())
                .containsExactly("granary-night-market.txt", "gullhaven-ferry.txt", "harbour-log.json",
                        "tide-mill.json", "tool-library.json");
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
