package io.github.broadsheet.printtext;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The character classes' shortcuts agree with what they shortcut. */
class CharsTest {

    @Test
    void cjkShortcutAgreesWithScriptAndBlockForEveryCodePoint() {
        assertThat(Chars.isCjkByScriptOrBlock(Chars.FIRST_CJK)).isTrue();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (Chars.isCjk(cp) != Chars.isCjkByScriptOrBlock(cp)) {
                throw new AssertionError("isCjk disagrees with the script and block on U+%04X".formatted(cp));
            }
        }
    }

    @Test
    void spaceShortcutForAsciiAgreesWithUnicodeSpacesForEveryCharacter() {
        for (char c = 0; c < 0xFFFF; c++) {
            boolean unicode = c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\u0085' || Character.isSpaceChar(c);
            assertThat(Chars.isSpace(c)).as("U+%04X", (int) c).isEqualTo(unicode);
        }
    }

    @Test
    void normalizeAgreesWithCollapsingSpacesOnEveryFixtureLine() throws Exception {
        int checked = 0;
        for (String raw : FixtureLines.raw()) {
            StringBuilder kept = new StringBuilder();
            raw.chars().filter(c -> !Chars.isZeroWidth((char) c))
                    .forEach(c -> kept.append(Chars.isSpace((char) c) ? ' ' : (char) c));
            String expected = kept.toString().replaceAll(" +", " ").strip();
            String padded = "ab" + raw + "cd";
            assertThat(Chars.normalize(padded, 2, padded.length() - 2)).as(raw).isEqualTo(expected);
            checked++;
        }
        assertThat(checked).isGreaterThan(1000);
    }
}
