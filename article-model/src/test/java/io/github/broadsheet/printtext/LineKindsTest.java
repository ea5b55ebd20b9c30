package io.github.broadsheet.printtext;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** The photo credit's shortcuts agree with the pattern and the split they stand for. */
class LineKindsTest {

    /** Texts of the shapes the shortcut takes, with every BMP character after the label, and every fixture line. */
    @Test
    void commonCreditNameIsWhatThePatternCaptures() throws Exception {
        List<String> texts = new ArrayList<>(FixtureLines.all());
        for (char c = 1; c < 0xFFFF; c++) {
            if (!Character.isSurrogate(c)) {
                for (String label : List.of("Photo: ", "Photo by ", "Photo:", "Photo  by ", "Photos: ")) {
                    texts.add(label + c);
                    texts.add(label + c + "Ann Lee");
                    texts.add(label + " " + c + "Ann" + c + "Lee");
                }
            }
        }
        texts.addAll(List.of("Photo: ", "Photo by ", "Photo by  ", "Photo: \t Ann", "Photo by by Ann", "Photo by credit",
                "Photo: credit: Ann", "Photo by Ann\nLee", "Photo: Ann\u2028", "Photo:", "Photo by"));
        int taken = 0;
        for (String text : texts) {
            String name = LineKinds.commonCreditName(text);
            if (name != null) {
                Matcher m = LineKinds.CREDIT.matcher(text);
                if (!m.matches() || !m.group(1).equals(name)) {
                    throw new AssertionError("the shortcut reads " + name + " from " + text.codePoints()
                            .mapToObj(cp -> "U+%04X".formatted(cp)).toList() + ", the pattern does not");
                }
                taken++;
            }
        }
        assertThat(taken).isGreaterThan(100_000);
    }

    @Test
    void wordsCountsAsSplittingAtSpacesDoes() throws Exception {
        List<String> texts = new ArrayList<>(FixtureLines.all());
        texts.addAll(List.of("", " ", "  ", "a", " a", "a ", "a  b", " a b ", "a b c d e f g h i j k", "\u00A0a b"));
        for (String text : texts) {
            assertThat(LineKinds.words(text)).as("\"%s\"", text).isEqualTo(text.split(" ").length);
        }
    }
}
