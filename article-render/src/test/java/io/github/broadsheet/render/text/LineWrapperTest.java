package io.github.broadsheet.render.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LineWrapperTest {

    private static List<String> wrap(String text, int width) {
        return LineWrapper.wrap(text, new BitSet(), width);
    }

    @ParameterizedTest(name = "\"{0}\" takes {1} columns")
    @CsvSource(delimiter = '|', value = {
        "a         | 1",
        "中         | 2",
        "ｶ         | 1", // halfwidth katakana
        "Ａ         | 2", // fullwidth Latin
        "，         | 2",
        "한         | 2",
        "é        | 1", // e and a combining acute accent
        "👩‍👩‍👧 | 2", // a family: one cluster of five code points
        "🇳🇴      | 2",
        "​        | 0", // zero-width space
        "夜市 night | 10",
    })
    void measuresColumnsByGraphemeCluster(String text, int columns) {
        assertThat(DisplayWidth.of(text)).isEqualTo(columns);
    }

    @Test
    void breaksAtSpacesWithoutBreakingWords() {
        assertThat(wrap("the tide comes in twice a day at the old pier", 20))
                .containsExactly("the tide comes in", "twice a day at the", "old pier");
    }

    @Test
    void cutsAWordWiderThanTheLineWhereTheLineIsFull() {
        assertThat(wrap("a Pneumonoultramicroscopicsilicovolcanoconiosis case", 20))
                .containsExactly("a", "Pneumonoultramicrosc", "opicsilicovolcanocon", "iosis case");
    }

    @Test
    void breaksCjkTextBetweenAnyTwoCharacters() {
        assertThat(wrap("河边停车场一夜之间变成了三百个小摊", 20))
                .containsExactly("河边停车场一夜之间变", "成了三百个小摊");
    }

    @Test
    void neverStartsALineWithClosingPunctuation() {
        // a break after 夜 would start the next line with "。": the break moves before 夜
        assertThat(wrap("河边停车场一夜之间一夜。开张了", 20)).containsExactly("河边停车场一夜之间一", "夜。开张了");
        assertThat(wrap("河边停车场一夜之间「开张」", 20)).containsExactly("河边停车场一夜之间", "「开张」");
    }

    @Test
    void countsAWideCharacterAsTwoColumnsWhenFilling() {
        assertThat(wrap("ab 中文字 cd", 8)).containsExactly("ab 中文", "字 cd");
    }

    @Test
    void keepsUnbreakableTextWholeEvenWhenTooWide() {
        String text = "see <https://harbour.example/a very long target> now";
        BitSet unbreakable = new BitSet();
        unbreakable.set(text.indexOf('<'), text.indexOf('>') + 1);

        assertThat(LineWrapper.wrap(text, unbreakable, 20))
                .containsExactly("see", "<https://harbour.example/a very long target>", "now");
    }

    @Test
    void makesNoEmptyLineOfForcedBreaksInARowOrAtTheEdges() {
        assertThat(wrap("\none\n\n\ntwo  three\n", 20)).containsExactly("one", "two three");
    }
}
