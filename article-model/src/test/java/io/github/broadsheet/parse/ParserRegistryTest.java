package io.github.broadsheet.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.broadsheet.json.ArticleJson;
import io.github.broadsheet.json.JsonParserProvider;
import io.github.broadsheet.model.Article;
import io.github.broadsheet.model.Paragraph;
import java.io.ByteArrayInputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParserRegistryTest {

    private static final Article FERRY = Article.builder()
            .title("Harbour ferries stand idle")
            .author("Mara Lindqvist")
            .language("en-GB")
            .paragraph("No ferry left the north pier on Saturday.")
            .build();
    private static final String FERRY_JSON = ArticleJson.standard().write(FERRY);
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(utf8(s));
    }

    // ------------------------------------------------------------------ finding providers

    @Test
    void findsTheJsonProviderThroughServiceLoader() {
        assertThat(ServiceLoader.load(ParserProvider.class).stream().map(ServiceLoader.Provider::type))
                .contains(JsonParserProvider.class);
        assertThat(ParserRegistry.load().find("json")).containsInstanceOf(JsonParserProvider.class);
        assertThat(ParserRegistry.defaultRegistry().find("json")).containsInstanceOf(JsonParserProvider.class);
        assertThat(ParserRegistry.defaultRegistry().names()).contains("json");
    }

    @Test
    void describesTheJsonFormat() {
        ParserProvider json = ParserRegistry.defaultRegistry().expect("JSON");
        assertThat(json.name()).isEqualTo("json");
        assertThat(json.mediaType()).isEqualTo("application/json");
        assertThat(json.extensions()).containsExactly("json");
        assertThat(json.description()).isNotBlank();
    }

    @Test
    void expectNamesTheKnownFormatsForAnUnknownName() {
        assertThatIllegalArgumentException().isThrownBy(() -> ParserRegistry.defaultRegistry().expect("docx"))
                .withMessageStartingWith("unknown input format \"docx\"; known formats: ")
                .withMessageContaining("json");
        assertThat(ParserRegistry.defaultRegistry().find("docx")).isEmpty();
    }

    // ------------------------------------------------------------------ detection

    @ParameterizedTest
    @ValueSource(strings = {"ferry.json", "FERRY.JSON", "stories/2026/ferry.json", "C:\\news\\ferry.Json"})
    void detectsJsonByExtensionWhateverTheContent(String fileName) {
        assertThat(ParserRegistry.defaultRegistry().detect(fileName, utf8("not JSON at all")))
                .containsInstanceOf(JsonParserProvider.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "  {\"title\"", "\n\t\r {", "\uFEFF{"})
    void detectsJsonByABraceAfterWhiteSpaceOrBom(String head) {
        byte[] bytes = head.startsWith("\uFEFF") ? concat(BOM, utf8(head.substring(1))) : utf8(head);
        assertThat(ParserRegistry.defaultRegistry().detect("", bytes)).containsInstanceOf(JsonParserProvider.class);
        assertThat(ParserRegistry.defaultRegistry().detect("<stdin>", bytes)).containsInstanceOf(JsonParserProvider.class);
        assertThat(ParserRegistry.defaultRegistry().detect("notes.article", bytes))
                .containsInstanceOf(JsonParserProvider.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n", "[{\"title\": \"x\"}]", "\"{\"", "PK\u0003\u0004\u0000\u0000"})
    void detectsNothingForContentThatIsNeitherJsonNorText(String head) {
        assertThat(ParserRegistry.defaultRegistry().detect("", utf8(head))).isEmpty();
    }

    @Test
    void sniffsWithConfidenceOnlyAtABrace() {
        JsonParserProvider json = new JsonParserProvider();
        assertThat(json.sniff(utf8(" {"))).isEqualTo(90);
        assertThat(json.sniff(concat(BOM, utf8("{")))).isEqualTo(90);
        assertThat(json.sniff(BOM)).isZero();
        assertThat(json.sniff(utf8("x{"))).isZero();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    // ------------------------------------------------------------------ reading

    @Test
    void readsAStreamWithoutANameBySniffing() {
        ParseResult result = ParserRegistry.defaultRegistry().read(stream("\n  " + FERRY_JSON), "<stdin>",
                ParseOptions.defaults());
        assertThat(result.article()).isEqualTo(FERRY);
        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void rejectsUnrecognizedInputNamingTheKnownFormats() {
        assertThatExceptionOfType(ArticleParseException.class)
                .isThrownBy(() -> ParserRegistry.defaultRegistry().read(stream("PK\u0003\u0004\u0000\u0000 ferries.odt"),
                        "<stdin>", ParseOptions.defaults()))
                .satisfies(e -> {
                    assertThat(e.location()).isEqualTo(Location.start("<stdin>"));
                    assertThat(e.problem()).startsWith("cannot tell the input's format from its name or content;")
                            .contains("known formats: ", "json (.json)");
                    assertThat(e.getMessage()).startsWith("<stdin>:1:1: cannot tell").doesNotContain("\n");
                });
    }

    @Test
    void rejectsAFileOfUnknownExtensionAndContentNamingIt() throws Exception {
        Path file = Files.writeString(dir.resolve("ferry.docx"), "PK\u0003\u0004\u0000\u0000 not an article");
        assertThatExceptionOfType(ArticleParseException.class).isThrownBy(() -> Articles.read(file))
                .withMessageStartingWith(file + ":1:1: cannot tell the input's format")
                .withMessageContaining("json (.json)");
    }

    @Test
    void readsATempFileWithArticlesRead() throws Exception {
        Path file = Files.writeString(dir.resolve("ferry.json"), FERRY_JSON);
        ParseResult result = Articles.read(file);
        assertThat(result.article()).isEqualTo(FERRY);
        assertThat(result.hasWarnings()).isFalse();
    }

    @Test
    void readsAFileWithABomAndAnUnknownExtensionByItsContent() throws Exception {
        Path file = Files.write(dir.resolve("ferry.article"), concat(BOM, utf8(FERRY_JSON)));
        assertThat(Articles.read(file).article()).isEqualTo(FERRY);
    }

    @Test
    void readsAFileLongerThanTheSniffWindowWhole() throws Exception {
        String paragraph = "The ferry queue reached the bakery again. ".repeat(ParserRegistry.SNIFF_BYTES / 20);
        Article longStory = FERRY.toBuilder().paragraph(paragraph).build();
        Path file = Files.writeString(dir.resolve("long-story"), ArticleJson.standard().write(longStory));
        assertThat(Files.size(file)).isGreaterThan(2L * ParserRegistry.SNIFF_BYTES);

        Article read = Articles.read(file).article();
        assertThat(read).isEqualTo(longStory);
        assertThat(read.body().get(1)).isEqualTo(Paragraph.of(paragraph));
    }

    @Test
    void namesTheFileInParseErrors() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.json"), """
                {
                  "title": "Ferry",
                  "body": [{"type": "heading", "level": 9, "text": "Crews"}]
                }
                """);
        assertThatExceptionOfType(ArticleParseException.class).isThrownBy(() -> Articles.read(file))
                .satisfies(e -> assertThat(e.location()).isEqualTo(new Location(file.toString(), 3, 41)))
                .withMessage(file + ":3:41: $.body[0].level: heading level must be between 1 and 6, was 9");
    }

    @Test
    void reportsAMissingFileAsUncheckedIoExceptionNamingIt() {
        Path missing = dir.resolve("no-such-story.json");
        assertThatExceptionOfType(UncheckedIOException.class).isThrownBy(() -> Articles.read(missing))
                .withMessageContaining(missing.toString())
                .withCauseInstanceOf(NoSuchFileException.class);
        assertThatExceptionOfType(UncheckedIOException.class).isThrownBy(() -> ArticleJson.standard().parse(missing))
                .withMessageContaining(missing.toString());
    }

    @Test
    void passesTheOptionsToTheParser() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.json"), """
                {
                  "title": "Ferry",
                  "notes": "check the timetable"
                }
                """);
        assertThatExceptionOfType(ArticleParseException.class).isThrownBy(() -> Articles.read(file))
                .withMessage(file + ":3:3: $.notes: unknown field \"notes\" in an article; known fields: title,"
                        + " subtitle, source, authors, published, language, url, section, tags, body");

        ParseResult lenient = Articles.read(file, ParseOptions.builder().strict(false).build());
        assertThat(lenient.article().title()).isEqualTo("Ferry");
        assertThat(lenient.diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.severity()).isEqualTo(Diagnostic.Severity.WARNING));

        ParseOptions tiny = ParseOptions.builder().maxInputBytes(16).build();
        assertThatExceptionOfType(ArticleParseException.class).isThrownBy(() -> Articles.read(file, tiny))
                .withMessage(file + ":1:1: input is larger than the limit of 16 bytes");
    }

    // ------------------------------------------------------------------ a user's own format

    /** A format of one line of text, which becomes the title, to show a user's parser plugs in. */
    private record TitleLineProvider(String name) implements ParserProvider {
        @Override
        public String description() {
            return "one line that is the title";
        }

        @Override
        public String mediaType() {
            return "text/x-title";
        }

        @Override
        public List<String> extensions() {
            return List.of("title");
        }

        @Override
        public int sniff(byte[] head) {
            return head.length > 0 && head[0] == '#' ? 50 : 0;
        }

        @Override
        public ArticleParser create(ParseOptions options) {
            return (Reader reader, String sourceName) -> {
                try {
                    return new ParseResult(Article.builder().title(reader.transferTo(java.io.Writer.nullWriter()) > 0
                            ? name : "empty").build(), List.of());
                } catch (java.io.IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
        }
    }

    @Test
    void plugsInAUsersProviderByExtensionAndContent() throws Exception {
        ParserRegistry registry = ParserRegistry.of(List.of(new TitleLineProvider("mine"), new JsonParserProvider()));
        assertThat(registry.names()).isEqualTo("json, mine");
        assertThat(registry.detect("story.title", utf8("{"))).containsInstanceOf(TitleLineProvider.class);
        assertThat(registry.detect("", utf8("# Ferries"))).containsInstanceOf(TitleLineProvider.class);
        assertThat(registry.detect("", utf8("{"))).containsInstanceOf(JsonParserProvider.class);

        Path file = Files.writeString(dir.resolve("story.title"), "Ferries");
        assertThat(registry.read(file, ParseOptions.defaults()).article().title()).isEqualTo("mine");
    }

    @Test
    void keepsTheFirstProviderOfAName() {
        ParserRegistry registry = ParserRegistry.of(List.of(new TitleLineProvider("first"),
                new TitleLineProvider("FIRST")));
        assertThat(registry.providers()).singleElement().isEqualTo(new TitleLineProvider("first"));
    }
}
