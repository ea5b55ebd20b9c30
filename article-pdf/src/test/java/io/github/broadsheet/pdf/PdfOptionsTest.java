package io.github.broadsheet.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PdfOptionsTest {

    @Test
    void defaultsAreA4SerifElevenPointWithHeaderAndFooter() {
        PdfOptions o = PdfOptions.defaults();

        assertThat(o.pageSize()).isEqualTo(PageSize.A4);
        assertThat(o.margins()).isEqualTo(Margins.DEFAULT);
        assertThat(o.baseFontSize()).isEqualTo(11f);
        assertThat(o.typeface()).isEqualTo(Typeface.SERIF);
        assertThat(o.header()).isTrue();
        assertThat(o.footer()).isTrue();
        assertThat(o.pdfa()).isFalse();
        assertThat(o.creationDate()).isEmpty();
        assertThat(PdfOptions.builder().build()).isEqualTo(o);
    }

    @Test
    void parsesEveryKeyFromText() {
        Map<String, String> flags = new LinkedHashMap<>();
        flags.put("page-size", "letter");
        flags.put("margins", "1in 0.75in");
        flags.put("font-size", "10.5");
        flags.put("typeface", "sans");
        flags.put("header", "false");
        flags.put("footer", "true");
        flags.put("pdfa", "true");
        flags.put("creation-date", "2026-03-14T09:00:00+01:00");

        PdfOptions o = PdfOptions.parse(flags);

        assertThat(o).isEqualTo(new PdfOptions(PageSize.LETTER, new Margins(72, 54, 72, 54), 10.5f, Typeface.SANS,
                false, true, true, Optional.of(OffsetDateTime.parse("2026-03-14T09:00:00+01:00"))));
        assertThat(PdfOptions.KEYS).containsExactlyElementsOf(flags.keySet());
    }

    @Test
    void namesTheKnownKeysWhenOneIsUnknown() {
        assertThatThrownBy(() -> PdfOptions.parse(Map.of("paper", "a4")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown PDF option \"paper\"; known options: page-size, margins, font-size, typeface,"
                        + " header, footer, pdfa, creation-date");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            page-size     | b7     | page-size: unknown page size "b7"; use a4, a5, letter or legal (optionally with -landscape), or WIDTHxHEIGHT such as 210mmx297mm
            pdfa          | yes    | pdfa: expected true or false, was "yes"
            typeface      | mono   | typeface: a typeface is serif or sans, was "mono"
            font-size     | 3      | font-size: the base font size must be from 6.0 to 36.0 points, was 3.0
            font-size     | big    | font-size: the font size must be a number with an optional unit mm, cm, in or pt (such as 20mm), was "big"
            margins       | 1 2 3  | margins: margins are one, two or four lengths (top right bottom left), was "1 2 3"
            creation-date | today  | creation-date: expected an ISO 8601 date-time with an offset such as 2026-03-14T09:00:00Z, was "today"
            """)
    void explainsAValueItCannotRead(String key, String value, String message) {
        assertThatThrownBy(() -> PdfOptions.parse(Map.of(key, value)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            a4,             595.28, 841.89
            A4,             595.28, 841.89
            a5,             419.53, 595.28
            letter,         612,    792
            legal,          612,    1008
            letter-landscape, 792,  612
            210mmx297mm,    595.28, 841.89
            6inx9in,        432,    648
            500x700,        500,    700
            21cm×29.7cm,    595.28, 841.89
            """)
    void readsPageSizesByNameOrDimensions(String text, float width, float height) {
        PageSize size = PageSize.parse(text);

        assertThat(size.width()).isCloseTo(width, within(0.01f));
        assertThat(size.height()).isCloseTo(height, within(0.01f));
    }

    @Test
    void rejectsPagesTooSmallOrTooLarge() {
        assertThatThrownBy(() -> PageSize.of(100, 500)).hasMessage("the page width must be from 144pt to 14400pt, was 100pt");
        assertThatThrownBy(() -> PageSize.parse("300inx10in")).hasMessageContaining("the page width must be from 144pt");
    }

    @Test
    void readsMarginsTheWayCssWritesThem() {
        assertThat(Margins.parse("36")).isEqualTo(Margins.of(36));
        assertThat(Margins.parse("1in, 0.5in")).isEqualTo(Margins.of(72, 36));
        assertThat(Margins.parse("10pt 20pt 30pt 40pt")).isEqualTo(new Margins(10, 20, 30, 40));
        assertThat(Margins.parse("25.4mm").top()).isCloseTo(72f, within(0.001f));
        assertThatThrownBy(() -> Margins.of(-1)).hasMessage("the top margin must be from 0 to 720pt, was -1pt");
    }

    @Test
    void refusesMarginsThatLeaveNoRoomForText() {
        assertThatThrownBy(() -> PdfOptions.builder().pageSize(PageSize.A5).margins(Margins.of(150)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the margins 150pt 150pt 150pt 150pt leave a text area of 119.5pt × 295.3pt on a"
                        + " 419.5pt × 595.3pt page; it must be at least 144pt each way");
    }

    @Test
    void builderStartsFromOptionsAndChangesOnlyWhatItIsTold() {
        PdfOptions letter = PdfOptions.builder().pageSize(PageSize.LETTER).build();

        PdfOptions pdfa = letter.toBuilder().pdfa(true).build();

        assertThat(pdfa.pageSize()).isEqualTo(PageSize.LETTER);
        assertThat(pdfa.pdfa()).isTrue();
        assertThat(letter.pdfa()).isFalse();
    }

    @Test
    void rendererBuilderTakesTheSameOptions() {
        PdfOptions options = PdfOptions.parse(Map.of("page-size", "a5", "typeface", "sans", "footer", "false"));

        PdfRenderer renderer = PdfRenderer.builder().options(options).build();

        assertThat(renderer.options()).isEqualTo(options);
        assertThat(renderer.withOptions(PdfOptions.defaults()).options()).isEqualTo(PdfOptions.defaults());
        assertThat(PdfRenderer.builder().pageSize(PageSize.LETTER).margins(Margins.of(36)).baseFontSize(9)
                .typeface(Typeface.SANS).header(false).footer(false).pdfa(true)
                .creationDate(OffsetDateTime.parse("2026-01-01T00:00:00Z")).build().options())
                .isEqualTo(new PdfOptions(PageSize.LETTER, Margins.of(36), 9, Typeface.SANS, false, false, true,
                        Optional.of(OffsetDateTime.parse("2026-01-01T00:00:00Z"))));
    }

    @Test
    void addedFontsMustBeTrueTypeOrOpenType() {
        assertThatThrownBy(() -> PdfRenderer.builder().addFont(java.nio.file.Path.of("font.pfb")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a font file is a .ttf, .otf or .ttc file, was font.pfb");
        assertThatThrownBy(() -> PdfRenderer.builder().addFont(java.nio.file.Path.of("font.ttf"), 2))
                .hasMessage("a font index is 0 for .ttf and .otf files and not negative, was 2 for font.ttf");
        assertThatThrownBy(() -> PdfRenderer.builder().addFont(java.nio.file.Path.of("/no/such/font.ttf")).build())
                .isInstanceOf(java.io.UncheckedIOException.class)
                .hasMessageContaining("cannot read the font /no/such/font.ttf");
    }
}
