package io.github.broadsheet.printtext;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
        Line line = lines.get(1);
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
