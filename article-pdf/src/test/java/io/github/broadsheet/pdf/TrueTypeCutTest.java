package io.github.broadsheet.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.PathIterator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openpdf.text.pdf.BaseFont;

/**
 * A cut Liberation face against the whole one: for every character, the same glyph outline, the
 * same width and box, and the same font-wide metrics; and a well-formed font file.
 */
class TrueTypeCutTest {

    private static final FontRenderContext FRC = new FontRenderContext(null, false, false);

    static Stream<String> faces() {
        return Stream.of("Serif", "Sans").flatMap(family -> Stream.of(FontStyle.values())
                .map(style -> "Liberation" + family + "-" + style.suffix() + ".ttf"));
    }

    static byte[] whole(String face) {
        try (InputStream in = org.librepdf.openpdf.fonts.Liberation.class.getResourceAsStream("/liberation/" + face)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BaseFont openPdf(String face, byte[] bytes) throws IOException {
        return BaseFont.createFont(face, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faces")
    void keepsWidthsBoxesAndMetricsOfEveryCommonCharacter(String face) throws IOException {
        byte[] whole = whole(face);
        BaseFont full = openPdf(face, whole);
        BaseFont cut = openPdf(face, TrueTypeCut.cut(whole, FontLibrary.COMMON_CHARACTERS));
        int kept = 0;
        for (int cp : FontLibrary.COMMON_CHARACTERS) {
            assertThat(cut.charExists(cp)).as("U+%04X exists", cp).isEqualTo(full.charExists(cp));
            if (full.charExists(cp)) {
                kept++;
                assertThat(cut.getWidth(cp)).as("width of U+%04X", cp).isEqualTo(full.getWidth(cp));
                assertThat(cut.getCharBBox(cp)).as("box of U+%04X", cp).isEqualTo(full.getCharBBox(cp));
            }
        }
        assertThat(kept).isGreaterThan(350);
        for (int key : new int[] {BaseFont.ASCENT, BaseFont.CAPHEIGHT, BaseFont.DESCENT, BaseFont.ITALICANGLE,
                BaseFont.BBOXLLX, BaseFont.BBOXLLY, BaseFont.BBOXURX, BaseFont.BBOXURY, BaseFont.AWT_ASCENT,
                BaseFont.AWT_DESCENT, BaseFont.AWT_LEADING, BaseFont.AWT_MAXADVANCE, BaseFont.UNDERLINE_POSITION,
                BaseFont.UNDERLINE_THICKNESS, BaseFont.STRIKETHROUGH_POSITION, BaseFont.STRIKETHROUGH_THICKNESS}) {
            assertThat(cut.getFontDescriptor(key, 1000)).as("descriptor %d", key)
                    .isEqualTo(full.getFontDescriptor(key, 1000));
        }
        assertThat(cut.getPostscriptFontName()).isEqualTo(full.getPostscriptFontName());
        assertThat(cut.getFamilyFontName()).isDeepEqualTo(full.getFamilyFontName());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faces")
    void hasNoOtherCharacters(String face) throws IOException {
        BaseFont cut = openPdf(face, TrueTypeCut.cut(whole(face), FontLibrary.COMMON_CHARACTERS));
        int[] common = FontLibrary.COMMON_CHARACTERS.clone();
        Arrays.sort(common);
        assertThat(IntStream.rangeClosed(0, 0xFFFF).filter(cp -> Arrays.binarySearch(common, cp) < 0)
                .filter(cut::charExists).boxed().toList()).isEmpty();
    }

    /** The outlines as Java's own TrueType rasterizer reads them: this checks the cmap, glyf, loca and components. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("faces")
    void drawsEveryCommonCharacterWithTheSameOutline(String face) throws IOException, FontFormatException {
        byte[] whole = whole(face);
        Font full = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(whole)).deriveFont(1000f);
        Font cut = Font.createFont(Font.TRUETYPE_FONT,
                new ByteArrayInputStream(TrueTypeCut.cut(whole, FontLibrary.COMMON_CHARACTERS))).deriveFont(1000f);
        int compared = 0;
        for (int cp : FontLibrary.COMMON_CHARACTERS) {
            if (!full.canDisplay(cp)) {
                assertThat(cut.canDisplay(cp)).as("U+%04X", cp).isFalse();
                continue;
            }
            assertThat(cut.canDisplay(cp)).as("U+%04X", cp).isTrue();
            String text = Character.toString(cp);
            assertThat(path(cut.createGlyphVector(FRC, text).getOutline()))
                    .as("outline of U+%04X", cp).isEqualTo(path(full.createGlyphVector(FRC, text).getOutline()));
            assertThat(cut.createGlyphVector(FRC, text).getGlyphMetrics(0).getAdvance())
                    .as("advance of U+%04X", cp).isEqualTo(full.createGlyphVector(FRC, text).getGlyphMetrics(0).getAdvance());
            compared++;
        }
        assertThat(compared).isGreaterThan(350);
    }

    private static List<String> path(Shape shape) {
        List<String> segments = new ArrayList<>();
        double[] coords = new double[6];
        for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(coords);
            segments.add(type + Arrays.toString(coords));
            Arrays.fill(coords, 0);
        }
        return segments;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faces")
    void writesAWellFormedFont(String face) {
        byte[] font = TrueTypeCut.cut(whole(face), FontLibrary.COMMON_CHARACTERS);
        ByteBuffer b = ByteBuffer.wrap(font);
        int tables = b.getShort(4);
        String previous = "";
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            String tag = new String(font, record, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThat(tag).as("tables in tag order").isGreaterThan(previous);
            previous = tag;
            int offset = b.getInt(record + 8);
            int length = b.getInt(record + 12);
            assertThat(offset % 4).as("%s aligned", tag).isZero();
            assertThat(offset + length).as("%s inside the file", tag).isLessThanOrEqualTo(font.length);
            if (!tag.equals("head")) {
                assertThat(TrueTypeCut.checksum(font, offset, length)).as("checksum of %s", tag)
                        .isEqualTo(b.getInt(record + 4));
            }
        }
        assertThat(TrueTypeCut.checksum(font, 0, font.length)).as("whole-font checksum").isEqualTo(0xB1B0AFBA);
        assertThat(font.length).isLessThan(whole(face).length / 4);
    }

    @org.junit.jupiter.api.Test
    void refusesWhatItCannotCut() {
        assertThatThrownBy(() -> TrueTypeCut.cut(new byte[] {'O', 'T', 'T', 'O', 0, 0, 0, 0, 0, 0, 0, 0}, new int[] {'a'}))
                .isInstanceOf(IllegalArgumentException.class);
        byte[] serif = whole("LiberationSerif-Regular.ttf");
        assertThatThrownBy(() -> TrueTypeCut.cut(serif, new int[] {0x1F600}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("U+1f600");
    }
}
