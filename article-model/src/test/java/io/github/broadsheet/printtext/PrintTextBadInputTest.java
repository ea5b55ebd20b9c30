package io.github.broadsheet.printtext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.broadsheet.parse.ArticleParseException;
import io.github.broadsheet.parse.Location;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Input that holds no article fails with one clear line, {@code source:line:col: problem}, and
 * never with a silently empty article.
 */
class PrintTextBadInputTest {

    private static final PrintTextParser PARSER = PrintTextParser.standard();

    private static ArticleParseException failure(ThrowingCallable parse) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(parse);
        assertThat(thrown).isInstanceOf(ArticleParseException.class);
        ArticleParseException e = (ArticleParseException) thrown;
        assertThat(e.getMessage()).doesNotContain("\n").startsWith(e.location() + ": ");
        return e;
    }

    private static ArticleParseException failure(String text) {
        return failure(() -> PARSER.parse(text, "bad.txt"));
    }

    private static ArticleParseException failure(byte[] bytes) {
        return failure(() -> PARSER.parse(new ByteArrayInputStream(bytes), "bad.txt"));
    }

    @Test
    void emptyInput() {
        assertThat(failure("").getMessage())
                .isEqualTo("bad.txt:1:1: the input is empty; a print-view article needs a title and body text");
        assertThat(failure(new byte[0]).location()).isEqualTo(new Location("bad.txt", 1, 1));
        assertThat(failure(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}).problem()).startsWith("the input is empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {" ", "\n", "\r\n\r\n", "\t \u00a0\n\u3000\n", "\u200b\n"})
    void whiteSpaceOnly(String text) {
        assertThat(failure(text).getMessage()).isEqualTo("bad.txt:1:1: the input holds only white space, no article");
    }

    @Test
    void onlyChromeLines() {
        assertThat(failure("\nInterval 10 seconds\n\nprint close\n[Print] [Close]").getMessage())
                .isEqualTo("bad.txt:2:1: the input holds only page chrome such as \"Interval 10 seconds\", no article");
    }

    @Test
    void onlySeparatorLines() {
        assertThat(failure("***\n---\n").problem()).isEqualTo("the input holds no letter or digit, no article");
    }

    @Test
    void aTitleWithoutABody() {
        assertThat(failure("  Harbour news\nSource: Bay Herald  Date: 2022-04-12\n\nprint close\n").getMessage())
                .isEqualTo("bad.txt:1:3: no body text after the title \"Harbour news\"; a print-view article needs at least"
                        + " one paragraph");
    }

    @Test
    void binaryDataWithNulBytesNamesTheByteOffset() {
        byte[] bytes = {'P', 'K', 3, 4, 0, 0, 'x'};
        assertThat(failure(bytes).getMessage()).isEqualTo("bad.txt:1:5: binary data, not text: a NUL byte at byte offset 4");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        assertThat(failure(png).problem()).isEqualTo("binary data, not text: a NUL byte at byte offset 8");
    }

    @Test
    void controlCharactersAreBinaryData() {
        assertThat(failure("Title\nBody \u0001 text.\n").getMessage())
                .isEqualTo("bad.txt:2:6: binary data, not text: control character U+0001");
        assertThat(failure("Title\u007f\nBody.").problem()).isEqualTo("binary data, not text: control character U+007F");
    }

    @Test
    void invalidUtf8NamesTheByteOffset() {
        byte[] bytes = "Title\n\nBody \u00e9 here.".getBytes(StandardCharsets.UTF_8);
        bytes[12] = (byte) 0xFF;
        assertThat(failure(bytes).getMessage()).isEqualTo("bad.txt:3:6: invalid UTF-8: byte 0xFF at byte offset 12");
        byte[] latin1 = "Title\n\nCaf\u00e9 society.".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(failure(latin1).problem()).isEqualTo("invalid UTF-8: byte 0xE9 at byte offset 10");
    }

    @Test
    void utf16IsNamed() {
        byte[] bytes = "\uFEFFTitle\nBody.".getBytes(StandardCharsets.UTF_16LE);
        assertThat(failure(bytes).getMessage())
                .isEqualTo("bad.txt:1:1: UTF-16 text (byte order mark FF FE), not UTF-8; save the file as UTF-8");
        byte[] bigEndian = "\uFEFFTitle\nBody.".getBytes(StandardCharsets.UTF_16BE);
        assertThat(failure(bigEndian).problem()).startsWith("UTF-16 text (byte order mark FE FF)");
    }

    @Test
    void aMultiMegabyteSingleLineFailsAtOnce() {
        String line = "word ".repeat(600_000);
        String expected = "bad.txt:1:" + (PrintTextParser.DEFAULT_MAX_LINE_LENGTH + 1) + ": line 1 is 3000000 characters long,"
                + " more than the limit of " + PrintTextParser.DEFAULT_MAX_LINE_LENGTH
                + "; this does not look like a print-view article";
        assertThat(failure(line).getMessage()).isEqualTo(expected);
        assertThat(failure(line.getBytes(StandardCharsets.UTF_8)).getMessage()).isEqualTo(expected);
        assertThat(failure(() -> PARSER.parse(new StringReader("Title\n\n" + line), "bad.txt")).location().line())
                .isEqualTo(3);
    }

    @Test
    void inputLargerThanTheLimit() {
        PrintTextParser small = PrintTextParser.builder().maxInputBytes(16).build();
        String text = "Title\n\nBody that is long.";
        assertThat(failure(() -> small.parse(text, "bad.txt")).getMessage())
                .isEqualTo("bad.txt:1:1: input is larger than the limit of 16 characters");
        assertThat(failure(() -> small.parse(new StringReader(text), "bad.txt")).problem())
                .isEqualTo("input is larger than the limit of 16 characters");
        assertThat(failure(() -> small.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "bad.txt"))
                .problem()).isEqualTo("input is larger than the limit of 16 bytes");
    }

    @Test
    void aLineLimitIsAnOption() {
        PrintTextParser narrow = PrintTextParser.builder().maxLineLength(10).build();
        assertThatThrownBy(() -> narrow.parse("Title\nA line of body text.", "bad.txt"))
                .isInstanceOf(ArticleParseException.class)
                .hasMessage("bad.txt:2:11: line 2 is 20 characters long, more than the limit of 10;"
                        + " this does not look like a print-view article");
    }
}
