package io.github.broadsheet.printtext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The substring fast path for plain lines gives the same text and column as normalising. */
class SourceLinesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "plain line", "    indented line", "trailing   ", "two  spaces", "tab\there", "\tleading tab",
        "no\u00A0break", "ideographic\u3000space", "zero\u200Bwidth", "\u200Bleading zero width",
        "space \u200B zero width", "   ", "", "\u200B", "• Gullhaven ferry", "中文 标题", "a", " a ", "a b c",
        "next\u0085line",
    })
    void textAndColumnAgreeWithNormalising(String raw) {
        List<Line> lines = SourceLines.split("x\n" + raw + "\ny", "test", 1000);
        assertAgreesWithNormalising(lines.get(1), raw);
    }

    /** Every line of every fixture, sample and generated text, line ends and all. */
    @Test
    void everyFixtureLineAgreesWithNormalising() throws Exception {
        int checked = 0;
        for (String text : FixtureLines.texts()) {
            List<String> raw = List.of(text.split("\r\n|\r|\n", -1));
            List<Line> lines = SourceLines.split(text, "test", 100_000);
            // A line end at the very end starts no line.
            assertThat(lines).hasSize(raw.size() - (raw.get(raw.size() - 1).isEmpty() && raw.size() > 1 ? 1 : 0));
            for (int i = 0; i < lines.size(); i++) {
                assertThat(lines.get(i).number()).isEqualTo(i + 1);
                assertAgreesWithNormalising(lines.get(i), raw.get(i));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(1000);
    }

    /** The first line at fault is reported; on that line, its length before a control character. */
    @Test
    void reportsTheFirstFaultyLineAndOnItTheLengthFirst() {
        assertThatThrownBy(() -> SourceLines.split("ok\nab\u0001cdefghijkl\n", "t", 10))
                .hasMessage("t:2:11: line 2 is 13 characters long, more than the limit of 10;"
                        + " this does not look like a print-view article");
        assertThatThrownBy(() -> SourceLines.split("ok\na\u0001\u0002\nabcdefghijkl", "t", 10))
                .hasMessage("t:2:2: binary data, not text: control character U+0001");
        assertThatThrownBy(() -> SourceLines.split("abcdefghijkl\r\na\u0001", "t", 10))
                .hasMessage("t:1:11: line 1 is 12 characters long, more than the limit of 10;"
                        + " this does not look like a print-view article");
    }

    private static void assertAgreesWithNormalising(Line line, String raw) {
        String expected = Chars.normalize(raw, 0, raw.length());
        assertThat(line.text()).isEqualTo(expected);
        int column = 1;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (!Chars.isSpace(c) && !Chars.isZeroWidth(c)) {
                column = i + 1;
                break;
            }
        }
        assertThat(line.column()).isEqualTo(column);
        assertThat(line.raw()).isEqualTo(raw);
    }
}
