package io.github.broadsheet.printtext;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.json.JsonParserProvider;
import io.github.broadsheet.parse.ArticleParser;
import io.github.broadsheet.parse.Articles;
import io.github.broadsheet.parse.ParseOptions;
import io.github.broadsheet.parse.ParseResult;
import io.github.broadsheet.parse.ParserProvider;
import io.github.broadsheet.parse.ParserRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrintTextParserProviderTest {

    private static final String ARTICLE = "print close\nTitle\nDate: 4/12/2022\n\nBody text.\n";
    private static final PrintTextParserProvider PROVIDER = new PrintTextParserProvider();

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void describesTheFormat() {
        assertThat(PROVIDER.name()).isEqualTo("print-text");
        assertThat(PROVIDER.mediaType()).isEqualTo("text/plain");
        assertThat(PROVIDER.extensions()).containsExactly("txt", "text");
        assertThat(PROVIDER.description()).isNotBlank();
    }

    @Test
    void isRegisteredBesideJson() {
        ParserRegistry registry = ParserRegistry.defaultRegistry();
        assertThat(registry.find("print-text")).containsInstanceOf(PrintTextParserProvider.class);
        assertThat(registry.find("json")).containsInstanceOf(JsonParserProvider.class);
        assertThat(ParserRegistry.load(PrintTextParserProviderTest.class.getClassLoader()).find("PRINT-TEXT")).isPresent();
    }

    @Test
    void isPickedForTxtFilesAndForProseWithoutAName() {
        ParserRegistry registry = ParserRegistry.defaultRegistry();
        assertThat(registry.detect("seed.txt", new byte[0])).map(ParserProvider::name).contains("print-text");
        assertThat(registry.detect("", utf8(ARTICLE))).map(ParserProvider::name).contains("print-text");
        assertThat(registry.detect("", utf8("{\"title\": \"x\"}"))).map(ParserProvider::name).contains("json");
        assertThat(registry.detect("", new byte[] {0, 1, 2})).isEmpty();
    }

    @Test
    void sniffsProseLowAndEverythingElseZero() {
        assertThat(PROVIDER.sniff(utf8(ARTICLE))).isEqualTo(PrintTextParserProvider.SNIFF_CONFIDENCE).isLessThan(90);
        assertThat(PROVIDER.sniff(utf8("\uFEFF  标题\n正文。"))).isEqualTo(PrintTextParserProvider.SNIFF_CONFIDENCE);
        assertThat(PROVIDER.sniff(utf8("  {\"title\": \"x\"}"))).isZero();
        assertThat(PROVIDER.sniff(utf8("[1, 2]"))).isZero();
        assertThat(PROVIDER.sniff(utf8("<!doctype html><p>x"))).isZero();
        assertThat(PROVIDER.sniff(new byte[0])).isZero();
        assertThat(PROVIDER.sniff(utf8(" \n\t "))).isZero();
        assertThat(PROVIDER.sniff(utf8("12345 678"))).isZero();
        assertThat(PROVIDER.sniff(utf8("Title\0Body"))).isZero();
        assertThat(PROVIDER.sniff(new byte[] {'T', 'i', (byte) 0xFF, 't'})).isZero();
    }

    @Test
    void sniffForgivesACharacterCutOffAtTheEndOfTheHead() {
        byte[] text = utf8("Title\n\nCafé");
        byte[] head = Arrays.copyOf(text, text.length - 1);
        assertThat(PROVIDER.sniff(head)).isEqualTo(PrintTextParserProvider.SNIFF_CONFIDENCE);
    }

    @Test
    void createsParsersThatHonourTheOptions() {
        assertThat(PROVIDER.create(ParseOptions.defaults())).isSameAs(PrintTextParser.standard());
        ArticleParser dayFirst = PROVIDER.create(ParseOptions.builder().dayFirst(true).build());
        assertThat(dayFirst.parse(ARTICLE, "t.txt").article().published())
                .hasValueSatisfying(d -> assertThat(d).hasToString("2022-12-04"));
        ArticleParser small = PROVIDER.create(ParseOptions.builder().maxInputBytes(10).build());
        assertThat(((PrintTextParser) small).maxInputBytes()).isEqualTo(10);
    }

    @Test
    void theRegistryReadsStdinAndFiles(@TempDir Path dir) throws IOException {
        ParseResult fromStdin = ParserRegistry.defaultRegistry()
                .read(new ByteArrayInputStream(utf8(ARTICLE)), "<stdin>", ParseOptions.builder().dayFirst(true).build());
        assertThat(fromStdin.article().title()).isEqualTo("Title");
        assertThat(fromStdin.article().published()).hasValueSatisfying(d -> assertThat(d).hasToString("2022-12-04"));
        Path file = Files.writeString(dir.resolve("article.txt"), ARTICLE);
        assertThat(Articles.read(file).article().published())
                .hasValueSatisfying(d -> assertThat(d).hasToString("2022-04-12"));
        assertThat(Articles.read(file).diagnostics().get(0).location().source()).isEqualTo(file.toString());
    }
}
