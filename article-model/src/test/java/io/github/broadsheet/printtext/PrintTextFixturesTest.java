package io.github.broadsheet.printtext;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.json.ArticleJson;
import io.github.broadsheet.parse.Diagnostic;
import io.github.broadsheet.parse.ParseResult;
import io.github.broadsheet.parse.SourceText;
import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: each {@code printtext/NAME.txt} parses to {@code printtext/NAME.json}, the
 * canonical JSON, byte for byte. An optional {@code NAME.properties} holds parser settings
 * ({@code dayFirst}, {@code maxHeadingWords}, {@code maxHeadingLength}). The articles are
 * original text written for these tests.
 */
class PrintTextFixturesTest {

    static Path dir() throws URISyntaxException {
        URL marker = PrintTextFixturesTest.class.getResource("/printtext/ferry-timetable.txt");
        return marker != null ? Path.of(marker.toURI()).getParent() : Path.of("src/test/resources/printtext");
    }

    static Stream<Named<String>> fixtures() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(dir())) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - ".txt".length()))
                    .sorted()
                    .map(n -> Named.of(n, n))
                    .toList()
                    .stream();
        }
    }

    static PrintTextParser parser(String name) throws IOException, URISyntaxException {
        PrintTextParser.Builder builder = PrintTextParser.builder();
        Path settings = dir().resolve(name + ".properties");
        if (Files.exists(settings)) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(settings, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            builder.dayFirst(Boolean.parseBoolean(p.getProperty("dayFirst", "false")));
            builder.maxHeadingWords(Integer.parseInt(p.getProperty("maxHeadingWords",
                    String.valueOf(PrintTextParser.DEFAULT_MAX_HEADING_WORDS))));
            builder.maxHeadingLength(Integer.parseInt(p.getProperty("maxHeadingLength",
                    String.valueOf(PrintTextParser.DEFAULT_MAX_HEADING_LENGTH))));
        }
        return builder.build();
    }

    static ParseResult parse(String name) throws IOException, URISyntaxException {
        return parser(name).parse(dir().resolve(name + ".txt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void parsesToItsExpectedJson(String name) throws IOException, URISyntaxException {
        String expected = Files.readString(dir().resolve(name + ".json"), StandardCharsets.UTF_8);
        ParseResult result = parse(name);
        assertThat(ArticleJson.standard().write(result.article()))
                .as("%s.txt, with diagnostics:%n%s", name, result.diagnostics().stream()
                        .map(Diagnostic::toString).collect(Collectors.joining("\n")))
                .isEqualTo(expected);
    }

    /** Nothing of the input disappears without a diagnostic saying so. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void losesNoTextWithoutADiagnostic(String name) throws IOException, URISyntaxException {
        String input = SourceText.decode(Files.readAllBytes(dir().resolve(name + ".txt")), name);
        assertThat(lostWords(input, parse(name))).as("words of %s.txt in neither the JSON nor a diagnostic", name).isEmpty();
    }

    /**
     * {@return the words of the input found neither in the article's JSON nor in a diagnostic}: a
     * word is a run of letters and digits, on a line read without its list marker
     */
    static List<String> lostWords(String input, ParseResult result) {
        String kept = ArticleJson.standard().write(result.article()) + "\n"
                + result.diagnostics().stream().map(Diagnostic::message).collect(Collectors.joining("\n"));
        List<String> lost = new ArrayList<>();
        for (String line : input.split("\r\n|\r|\n")) {
            String text = Chars.normalize(line, 0, line.length());
            LineKinds.ListMarker marker = LineKinds.listMarker(text);
            for (String word : words(marker != null ? marker.text() : text)) {
                if (!kept.contains(word)) {
                    lost.add(word);
                }
            }
        }
        return lost;
    }

    @Test
    void thereAreAtLeastADozenFixturesEachWithItsJson() throws IOException, URISyntaxException {
        List<String> names = fixtures().map(Named::getPayload).toList();
        assertThat(names).hasSizeGreaterThanOrEqualTo(12);
        for (String name : names) {
            assertThat(dir().resolve(name + ".json")).as(name).isRegularFile();
        }
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(cp);
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        });
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }
}
