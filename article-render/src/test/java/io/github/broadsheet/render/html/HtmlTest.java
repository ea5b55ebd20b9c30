package io.github.broadsheet.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.render.HostileArticles;
import java.io.StringWriter;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Escaping and cleaning, against their definitions applied one code point at a time. */
class HtmlTest {

    static Stream<String> texts() {
        HostileArticles hostile = new HostileArticles(0x4E7A1);
        return Stream.concat(
                Stream.of("", "plain", "a&b", "<>\"'&", "tab\there", "cr\r\nlf\rend", "\u0000\u001F\u007F\u0085\u009F",
                        "\uD800", "x\uDC00y", "\uDBFF\uDFFF", "\uD83D\uDC1F", "\uFDD0\uFDEF\uFFFE\uFFFF", "\u00A0é\u3000码头",
                        "end'"),
                IntStream.range(0, 1000).mapToObj(i -> hostile.text(1 + i % 16)));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void escapesEachCodePointAsDefined(String text) {
        String expected = escapedByDefinition(text);

        StringBuilder appended = new StringBuilder("before ");
        Html.escape(text, appended);
        StringWriter written = new StringWriter();
        Html.escape(text, written);

        assertThat(appended.toString()).isEqualTo("before " + expected);
        assertThat(written.toString()).isEqualTo(expected);
        assertThat(Html.escape(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("texts")
    void cleansEachCodePointAsDefined(String text) {
        String clean = Html.clean(text);

        assertThat(clean).isEqualTo(cleanedByDefinition(text));
        if (clean.equals(text)) {
            assertThat(clean).as("the same instance when nothing changes").isSameAs(text);
        }
    }

    @Test
    void escapesAndCleansEveryCodePoint() {
        StringBuilder all = new StringBuilder();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp += cp < 0x3000 ? 1 : 7) {
            all.appendCodePoint(cp);
        }
        String text = all.toString();

        assertThat(Html.escape(text)).isEqualTo(escapedByDefinition(text));
        assertThat(Html.clean(text)).isEqualTo(cleanedByDefinition(text));
    }

    private static String escapedByDefinition(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> out.append(switch (cp) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> Html.carriable(cp) ? Character.toString(cp) : replacement(cp);
        }));
        return out.toString();
    }

    private static String cleanedByDefinition(String text) {
        StringBuilder out = new StringBuilder();
        text.replace("\r\n", "\n").replace('\r', '\n').codePoints()
                .forEach(cp -> out.append(Html.carriable(cp) ? Character.toString(cp) : replacement(cp)));
        return out.toString();
    }

    private static String replacement(int cp) {
        if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
            return " ";
        }
        return Character.isSurrogate((char) cp) && cp <= 0xFFFF ? "\uFFFD" : "";
    }
}
