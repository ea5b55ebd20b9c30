package io.github.broadsheet.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openpdf.text.pdf.BaseFont;

/** The fonts a chain remembers for the characters below {@link FontChain#REMEMBERED} are those it looks up. */
class FontChainTest {

    private static final FontLibrary FONTS = new FontLibrary(FontLibrary.DEFAULT_CJK_DIRECTORIES, java.util.List.of());

    static Stream<FontStyle> styles() {
        return Stream.of(FontStyle.values());
    }

    @org.junit.jupiter.api.Test
    void noCharacterBeforeHebrewIsRightToLeft() {
        for (int cp = 0; cp < Typesetter.FIRST_RIGHT_TO_LEFT; cp++) {
            byte d = Character.getDirectionality(cp);
            assertThat(d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC)
                    .as("U+%04X", cp).isFalse();
        }
        assertThat(Typesetter.isRightToLeft(0x05D0)).isTrue(); // HEBREW LETTER ALEF
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("styles")
    void remembersTheFontItLooksUp(FontStyle style) {
        for (Typeface face : Typeface.values()) {
            FontChain chain = FONTS.chain(face, style, CjkVariant.SC, face);
            for (int round = 0; round < 2; round++) { // the first looks up and remembers, the second remembers
                for (int cp = 0; cp < FontChain.REMEMBERED + 0x100; cp++) {
                    BaseFont expected = chain.firstWith(cp);
                    assertThat(chain.fontFor(cp)).as("U+%04X in %s %s, round %d", cp, face, style, round)
                            .isSameAs(expected);
                }
            }
        }
    }
}
