package io.github.broadsheet.printtext;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Named;

/**
 * The print-view texts the fast paths are checked on: every fixture, the seed and the sample
 * articles where they are beside the repository, and the generated texts of
 * {@link PrintTextGeneratedTest}.
 */
final class FixtureLines {

    private FixtureLines() {}

    /** {@return every input text} */
    static List<String> texts() throws IOException, URISyntaxException {
        List<String> texts = new ArrayList<>();
        for (String name : PrintTextFixturesTest.fixtures().map(Named::getPayload).toList()) {
            texts.add(Files.readString(PrintTextFixturesTest.dir().resolve(name + ".txt"), StandardCharsets.UTF_8));
        }
        Path seeds = SeedTest.seeds();
        if (seeds != null) {
            texts.add(Files.readString(seeds.resolve("000_5ae52f0738207d1a.txt"), StandardCharsets.UTF_8));
        }
        for (Path samples : List.of(Path.of("../examples/samples"), Path.of("examples/samples"))) {
            if (Files.isDirectory(samples)) {
                try (var files = Files.list(samples)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                        texts.add(Files.readString(file, StandardCharsets.UTF_8));
                    }
                }
                break;
            }
        }
        for (int i = 0; i < PrintTextGeneratedTest.CASES; i++) {
            texts.add(PrintTextGeneratedTest.text(new Random(i)));
        }
        return texts;
    }

    /** {@return every line of every input text, as written, without its line end} */
    static List<String> raw() throws IOException, URISyntaxException {
        List<String> lines = new ArrayList<>();
        for (String text : texts()) {
            lines.addAll(List.of(text.split("\r\n|\r|\n", -1)));
        }
        return lines;
    }

    /** {@return the text of every line of every input text that is not blank, normalised as the parser does} */
    static List<String> all() throws IOException, URISyntaxException {
        List<String> lines = new ArrayList<>();
        for (String raw : raw()) {
            String text = Chars.normalize(raw, 0, raw.length());
            if (!text.isEmpty()) {
                lines.add(text);
            }
        }
        return lines;
    }
}
