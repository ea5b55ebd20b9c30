package io.github.broadsheet.printtext;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.model.Article;
import io.github.broadsheet.model.Block;
import io.github.broadsheet.model.Figure;
import io.github.broadsheet.model.Heading;
import io.github.broadsheet.model.ListBlock;
import io.github.broadsheet.model.Paragraph;
import io.github.broadsheet.parse.Diagnostic;
import io.github.broadsheet.parse.ParseResult;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules of the print-view text format, one at a time. */
class PrintTextParserTest {

    static ParseResult parse(String text) {
        return PrintTextParser.standard().parse(text, "t.txt");
    }

    static ParseResult parse(PrintTextParser parser, String text) {
        return parser.parse(text, "t.txt");
    }

    static List<Block> body(String text) {
        return parse(text).article().body();
    }

    /** {@return the diagnostics as {@code line:column severity: message}} */
    static List<String> diagnostics(ParseResult result) {
        return result.diagnostics().stream()
                .map(d -> d.location().line() + ":" + d.location().column() + " " + d.severity().label() + ": " + d.message())
                .toList();
    }

    @Nested
    class Chrome {

        @Test
        void dropsChromeBeforeTheTitleAndAfterTheBodyWithItsLineNumber() {
            ParseResult result = parse("""
                    Interval 10 seconds
                    Print | Close

                    Tide tables change
                    The harbour publishes new tables.

                    Share:
                    print close""");
            assertThat(result.article().title()).isEqualTo("Tide tables change");
            assertThat(result.article().body()).containsExactly(Paragraph.of("The harbour publishes new tables."));
            assertThat(diagnostics(result)).containsExactly(
                    "1:1 info: dropped chrome line \"Interval 10 seconds\"",
                    "2:1 info: dropped chrome line \"Print | Close\"",
                    "7:1 info: dropped chrome line \"Share:\"",
                    "8:1 info: dropped chrome line \"print close\"");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Interval 10 seconds", "interval: 5 s", "print close", "Print | Close", "[Print] [Close]",
            "Print / Close", "PRINT", "Close window", "Print this page", "Font size: A A A", "Text size: A+ A-",
            "Share:", "Share this article", "Share on: Facebook Twitter", "Back to top", "【打印】【关闭】",
            "[打印本页] [关闭窗口]", "Printer-friendly version", "分享到：微信 微博", "字号：大 中 小"})
        void dropsEachDefaultChromeForm(String chrome) {
            ParseResult result = parse(chrome + "\nTitle\nBody text.\n" + chrome + "\n");
            assertThat(result.article().title()).isEqualTo("Title");
            assertThat(result.article().body()).containsExactly(Paragraph.of("Body text."));
            assertThat(result.diagnostics()).hasSize(2)
                    .allSatisfy(d -> assertThat(d.message()).startsWith("dropped chrome line"));
        }

        @Test
        void dropsChromeBetweenBlocksToo() {
            assertThat(body("Title\n\nOne.\n\nFont size: A A A\n\nTwo.\n"))
                    .containsExactly(Paragraph.of("One."), Paragraph.of("Two."));
        }

        @Test
        void addsASitesOwnChromePattern() {
            PrintTextParser parser = PrintTextParser.builder().addChromePattern("more from the coast( »)?").build();
            ParseResult result = parse(parser, "Title\nBody.\nMore from the Coast »\n");
            assertThat(result.article().body()).containsExactly(Paragraph.of("Body."));
            assertThat(result.diagnostics()).singleElement()
                    .satisfies(d -> assertThat(d.message()).isEqualTo("dropped chrome line \"More from the Coast »\""));
        }

        @Test
        void replacesTheChromePatterns() {
            PrintTextParser parser = PrintTextParser.builder()
                    .chromePatterns(List.of(Pattern.compile("-- end --"))).build();
            assertThat(parse(parser, "Title\nBody.\n\nprint close\n-- end --\n").article().body())
                    .containsExactly(Paragraph.of("Body."), Paragraph.of("print close"));
        }

        @Test
        void aLineLongerThanTheChromeLimitIsNeverChrome() {
            PrintTextParser parser = PrintTextParser.builder().addChromePattern("x+").build();
            String longLine = "x".repeat(PrintTextParser.MAX_CHROME_LINE_LENGTH + 1);
            assertThat(parse(parser, "Title\n" + longLine + "\n").article().body()).containsExactly(Paragraph.of(longLine));
        }
    }

    @Nested
    class Title {

        @ParameterizedTest
        @ValueSource(strings = {"•", "·", "-", "*", "●", "▪"})
        void dropsTheBulletBeforeAnIndentedTitle(String bullet) {
            ParseResult result = parse("    " + bullet + " Lighthouse keeper retires\nBody.\n");
            assertThat(result.article().title()).isEqualTo("Lighthouse keeper retires");
            assertThat(diagnostics(result)).containsExactly("1:5 info: dropped the bullet \"" + bullet + "\" before the title");
        }

        @Test
        void aGlyphBulletNeedsNoSpaceButAHyphenDoes() {
            assertThat(parse("•Lighthouse keeper retires\nBody.").article().title()).isEqualTo("Lighthouse keeper retires");
            assertThat(parse("-5 degrees at dawn\nBody.").article().title()).isEqualTo("-5 degrees at dawn");
        }

        @Test
        void isTheFirstLineThatIsNotBlankOrChrome() {
            assertThat(parse("\n\u00a0\nprint close\n\t\n  Harbour news  \nBody.").article().title()).isEqualTo("Harbour news");
        }
    }

    @Nested
    class Metadata {

        @Test
        void readsSeveralFieldsOnOneLineSeparatedByTwoOrMoreSpaces() {
            Article a = parse("Title\nSource:Bay Herald\u00a0\u00a0 Date:4/12/2022 \u00a0  Author:Ruth Vale\n\nBody.").article();
            assertThat(a.source()).contains("Bay Herald");
            assertThat(a.published()).hasValueSatisfying(d -> assertThat(d).hasToString("2022-04-12"));
            assertThat(a.authors()).containsExactly("Ruth Vale");
            assertThat(a.body()).containsExactly(Paragraph.of("Body."));
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "Source: Bay Herald  Date: 2022-04-12",
            "Source: Bay Herald\tDate: 2022-04-12",
            "Source: Bay Herald\u3000Date: 2022-04-12",
            "Source: Bay Herald | Date: 2022-04-12",
            "Source: Bay Herald Date: 2022-04-12",
            "Source：Bay Herald　　Date：2022-04-12",
            "SOURCE : Bay Herald  date:2022-04-12",
            "Source: Bay Herald\nDate: 2022-04-12",
            "Source: Bay Herald\n\nDate: 2022-04-12"})
        void readsSourceAndDateHoweverTheyAreSeparated(String metadata) {
            Article a = parse("Title\n" + metadata + "\n\nBody.").article();
            assertThat(a.source()).contains("Bay Herald");
            assertThat(a.published()).hasValueSatisfying(d -> assertThat(d).hasToString("2022-04-12"));
            assertThat(a.body()).containsExactly(Paragraph.of("Body."));
        }

        @Test
        void readsAValueSplitByWideSpacesAsOneValue() {
            Article a = parse("Title\nSource: Where  Bay Herald  Date: April 12, 2022  10:35\n\nBody.").article();
            assertThat(a.source()).contains("Where Bay Herald");
            assertThat(a.published()).hasValueSatisfying(d -> assertThat(d).hasToString("2022-04-12T10:35"));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "By Ruth Vale                              | Ruth Vale",
            "by Ruth Vale                              | Ruth Vale",
            "Written by Ruth Vale                      | Ruth Vale",
            "By: Ruth Vale                             | Ruth Vale",
            "By staff reporters                        | staff reporters",
            "Author: Ruth Vale and Tom Ash             | Ruth Vale;Tom Ash",
            "Authors: Ruth Vale, Tom Ash, and Li Wei   | Ruth Vale;Tom Ash;Li Wei",
            "Author: Ruth Vale & Tom Ash               | Ruth Vale;Tom Ash",
            "Author: Ruth Vale; Tom Ash                | Ruth Vale;Tom Ash",
            "作者：李明、王芳                            | 李明;王芳",
            "记者 ：周敏，赵磊                            | 周敏;赵磊"})
        void readsBylinesAndSplitsNames(String line, String names) {
            assertThat(parse("Title\n" + line + "\n\nBody.").article().authors())
                    .containsExactly(names.split(";"));
        }

        @Test
        void aSentenceStartingWithByIsBodyText() {
            Article a = parse("Title\n\nBy the end of 2021, the pier was gone.\n").article();
            assertThat(a.authors()).isEmpty();
            assertThat(a.body()).containsExactly(Paragraph.of("By the end of 2021, the pier was gone."));
        }

        @Test
        void metadataIsOnlyReadUnderTheTitle() {
            Article a = parse("Title\n\nThe quay reopened.\n\nSource: a harbour official\n").article();
            assertThat(a.source()).isEmpty();
            assertThat(a.body()).containsExactly(Paragraph.of("The quay reopened."), Paragraph.of("Source: a harbour official"));
        }

        @Test
        void keepsAnUnknownFieldAsAParagraphWithAWarning() {
            ParseResult result = parse("Title\nSource: Bay Herald  Editor: Tom Ash\nUpdated: yesterday\n\nBody.");
            assertThat(result.article().source()).contains("Bay Herald");
            assertThat(result.article().body()).containsExactly(
                    Paragraph.of("Editor: Tom Ash"), Paragraph.of("Updated: yesterday"), Paragraph.of("Body."));
            assertThat(diagnostics(result)).containsExactly(
                    "2:1 info: read the source \"Bay Herald\" from \"Source: Bay Herald\"",
                    "2:21 warning: unrecognised metadata field \"Editor: Tom Ash\"; kept as a paragraph at the top of the body",
                    "3:1 warning: unrecognised metadata line \"Updated: yesterday\"; kept as a paragraph at the top of the body");
        }

        @Test
        void keepsASecondSourceOrDateAsAParagraph() {
            ParseResult result = parse("Title\nSource: Bay Herald\nSource: Wire\nDate: 2022-04-12\nDate: 2022-04-13\n\nBody.");
            assertThat(result.article().source()).contains("Bay Herald");
            assertThat(result.article().published()).hasValueSatisfying(d -> assertThat(d).hasToString("2022-04-12"));
            assertThat(result.article().body()).containsExactly(
                    Paragraph.of("Source: Wire"), Paragraph.of("Date: 2022-04-13"), Paragraph.of("Body."));
            assertThat(result.hasWarnings()).isTrue();
        }

        @Test
        void reportsAnEmptyField() {
            ParseResult result = parse("Title\nSource:  Date: 2022-04-12\n\nBody.");
            assertThat(result.article().source()).isEmpty();
            assertThat(diagnostics(result)).contains("2:1 warning: dropped the empty metadata field \"Source:\"");
        }

        @Test
        void aPhotoCreditUnderTheTitleIsAFigureNotMetadata() {
            assertThat(body("Title\nSource: Bay Herald\nPhoto: Tom Ash\n\nBody."))
                    .containsExactly(Figure.ofCredit("Tom Ash"), Paragraph.of("Body."));
        }
    }

    @Nested
    class Dates {

        @Test
        void anUnreadableDateIsAWarningAndItsTextIsKept() {
            ParseResult result = parse("Title\nSource: Bay Herald  Date: 4/31/2022\n\nBody.");
            assertThat(result.article().published()).isEmpty();
            assertThat(result.article().source()).contains("Bay Herald");
            assertThat(result.article().body()).containsExactly(Paragraph.of("Date: 4/31/2022"), Paragraph.of("Body."));
            assertThat(diagnostics(result)).contains("2:21 warning: unreadable date \"4/31/2022\" (April 2022 has no day 31);"
                    + " kept as a paragraph at the top of the body");
        }

        @Test
        void monthFirstByDefault() {
            assertThat(parse("Title\nDate: 4/12/2022\n\nBody.").article().published())
                    .hasValueSatisfying(d -> assertThat(d).hasToString("2022-04-12"));
        }

        @Test
        void dayFirstWhenAsked() {
            PrintTextParser parser = PrintTextParser.builder().dayFirst(true).build();
            ParseResult result = parse(parser, "Title\nDate: 4/12/2022 10:35\n\nBody.");
            assertThat(result.article().published()).hasValueSatisfying(d -> assertThat(d).hasToString("2022-12-04T10:35"));
            assertThat(diagnostics(result)).containsExactly(
                    "2:1 info: read the date 2022-12-04T10:35 from \"Date: 4/12/2022 10:35\" (day first; month first it would be"
                            + " 2022-04-12)");
        }

        @Test
        void aFirstNumberAboveTwelveIsTheDayWithAWarning() {
            ParseResult result = parse("Title\nDate: 13/4/2022\n\nBody.");
            assertThat(result.article().published()).hasValueSatisfying(d -> assertThat(d).hasToString("2022-04-13"));
            assertThat(diagnostics(result)).containsExactly(
                    "2:1 warning: read the date 2022-04-13 from \"Date: 13/4/2022\": read day first because 13 is not a month");
        }
    }

    @Nested
    class Paragraphs {

        @Test
        void separatesParagraphsAtBlankLinesAndRunsOfBlankLinesCountAsOne() {
            assertThat(body("Title\n\nOne.\n\n\n\nTwo.\n \t\u00a0\u3000\nThree.\n"))
                    .containsExactly(Paragraph.of("One."), Paragraph.of("Two."), Paragraph.of("Three."));
        }

        @Test
        void joinsAHardWrappedParagraphWithSingleSpaces() {
            assertThat(body("Title\n\nThe ferry left\n    at six, late\u00a0 \n\tas usual.\n"))
                    .containsExactly(Paragraph.of("The ferry left at six, late as usual."));
        }

        @Test
        void joinsCjkLinesWithoutASpace() {
            assertThat(body("标题\n\n图书馆将延长开放时间，\n方便读者。新座位区自\n2023年起开放。\n"))
                    .containsExactly(Paragraph.of("图书馆将延长开放时间，方便读者。新座位区自2023年起开放。"));
        }

        @Test
        void collapsesRunsOfSpacesInsideALine() {
            assertThat(body("Title\n\nApril\u00a0 1st,\t2022 was\u2003a Friday.\n"))
                    .containsExactly(Paragraph.of("April 1st, 2022 was a Friday."));
        }

        @Test
        void ignoresZeroWidthSpaces() {
            assertThat(body("Title\n\u200b\nOne\u200b two.\n")).containsExactly(Paragraph.of("One two."));
        }

        @Test
        void dropsASeparatorLineWithAWarning() {
            ParseResult result = parse("Title\n\nOne.\n\n* * *\n\nTwo.\n");
            assertThat(result.article().body()).containsExactly(Paragraph.of("One."), Paragraph.of("Two."));
            assertThat(diagnostics(result)).containsExactly(
                    "5:1 warning: dropped the separator line \"* * *\": it holds no letter or digit");
        }
    }

    @Nested
    class PhotoCredits {

        @ParameterizedTest
        @ValueSource(strings = {"Photo: Tom Ash", "Photo:Tom Ash", "Photo:\u00a0 Tom Ash", "PHOTO: Tom Ash",
            "Photo by Tom Ash", "Photo/Tom Ash", "Photo / Tom Ash", "(Photo: Tom Ash)", "(Photo by Tom Ash)",
            "[Photo: Tom Ash]", "（Photo：Tom Ash）", "Photos: Tom Ash", "Photograph: Tom Ash", "Photo credit: Tom Ash"})
        void becomesAFigureWithTheCreditInPlace(String credit) {
            ParseResult result = parse("Title\n\nOne.\n\n" + credit + "\n\nTwo.");
            assertThat(result.article().body())
                    .containsExactly(Paragraph.of("One."), Figure.ofCredit("Tom Ash"), Paragraph.of("Two."));
            assertThat(diagnostics(result)).containsExactly(
                    "5:1 info: read the photo credit \"Tom Ash\" from \"" + credit.replace("\u00a0 ", " ") + "\" as a figure");
        }

        @Test
        void readsChineseCredits() {
            assertThat(body("标题\n\n正文。\n\n图/陈晓峰\n\n（摄影：赵磊）\n"))
                    .containsExactly(Paragraph.of("正文。"), Figure.ofCredit("陈晓峰"), Figure.ofCredit("赵磊"));
        }

        @Test
        void splitsAParagraphWithoutBlankLinesAroundIt() {
            assertThat(body("Title\n\nOne.\nPhoto: Tom Ash\nTwo.\n"))
                    .containsExactly(Paragraph.of("One."), Figure.ofCredit("Tom Ash"), Paragraph.of("Two."));
        }

        @Test
        void aLongPhotoLineIsACaptionKeptAsText() {
            String caption = "Photo: boats wait at the north pier for the storm to pass on a grey Tuesday morning.";
            assertThat(body("Title\n\n" + caption + "\n")).containsExactly(Paragraph.of(caption));
        }
    }

    @Nested
    class Headings {

        @Test
        void guessesAShortLineAloneBeforeBodyText() {
            ParseResult result = parse("Title\n\nOne.\n\nWhat changes\n\nTwo.\n");
            assertThat(result.article().body())
                    .containsExactly(Paragraph.of("One."), Heading.of(2, "What changes"), Paragraph.of("Two."));
            assertThat(diagnostics(result)).containsExactly(
                    "5:1 info: guessed the section heading \"What changes\": a short line on its own before body text");
        }

        @ParameterizedTest
        @ValueSource(strings = {"It was late.", "Was it late?", "It was late!", "It was late;", "Late, then:", "Late,",
            "Late…", "天色已晚。", "天色已晚！", "天色已晚？", "天色已晚；", "天色已晚：", "天色已晚，", "\"It was late.\"",
            "(It was late.)", "“天色已晚。”"})
        void aLineEndingInSentencePunctuationStaysAParagraph(String line) {
            assertThat(body("Title\n\n" + line + "\n\nMore text follows.\n"))
                    .containsExactly(Paragraph.of(line), Paragraph.of("More text follows."));
        }

        @Test
        void aShortLineWithNothingAfterItStaysAParagraph() {
            assertThat(body("Title\n\nOne.\n\nThanks to all who came\n"))
                    .containsExactly(Paragraph.of("One."), Paragraph.of("Thanks to all who came"));
        }

        @Test
        void aShortLineBeforeAnotherHeadingStaysAParagraph() {
            assertThat(body("Title\n\nPart one\n\nWhat changes\n\nTwo.\n"))
                    .containsExactly(Paragraph.of("Part one"), Heading.of(2, "What changes"), Paragraph.of("Two."));
        }

        @Test
        void aHeadingMayComeBeforeAListOrAFigure() {
            assertThat(body("Title\n\nThe stops\n\n- North pier\n- South pier\n\nWhy now\n\nPhoto: Tom Ash\n\nBecause.\n"))
                    .containsExactly(Heading.of(2, "The stops"), ListBlock.unordered("North pier", "South pier"),
                            Heading.of(2, "Why now"), Figure.ofCredit("Tom Ash"), Paragraph.of("Because."));
        }

        @Test
        void aWrappedParagraphIsNeverAHeading() {
            assertThat(body("Title\n\nShort line\nand another\n\nBody.\n"))
                    .containsExactly(Paragraph.of("Short line and another"), Paragraph.of("Body."));
        }

        @Test
        void hasAtMostTwelveWordsAndAHundredCharactersByDefault() {
            String twelve = "one two three four five six seven eight nine ten eleven twelve";
            String thirteen = twelve + " thirteen";
            String long101 = "x".repeat(101);
            assertThat(body("Title\n\n" + twelve + "\n\nBody.\n").get(0)).isEqualTo(Heading.of(2, twelve));
            assertThat(body("Title\n\n" + thirteen + "\n\nBody.\n").get(0)).isEqualTo(Paragraph.of(thirteen));
            assertThat(body("Title\n\n" + "x".repeat(100) + "\n\nBody.\n").get(0)).isEqualTo(Heading.of(2, "x".repeat(100)));
            assertThat(body("Title\n\n" + long101 + "\n\nBody.\n").get(0)).isEqualTo(Paragraph.of(long101));
        }

        @Test
        void theLimitsAreOptions() {
            String thirteen = "one two three four five six seven eight nine ten eleven twelve thirteen";
            PrintTextParser wide = PrintTextParser.builder().maxHeadingWords(20).build();
            PrintTextParser narrow = PrintTextParser.builder().maxHeadingLength(5).build();
            PrintTextParser off = PrintTextParser.builder().maxHeadingWords(0).build();
            assertThat(parse(wide, "Title\n\n" + thirteen + "\n\nBody.\n").article().body().get(0))
                    .isEqualTo(Heading.of(2, thirteen));
            assertThat(parse(narrow, "Title\n\nWhy now\n\nBody.\n").article().body().get(0))
                    .isEqualTo(Paragraph.of("Why now"));
            assertThat(parse(off, "Title\n\nWhy now\n\nBody.\n").article().body().get(0))
                    .isEqualTo(Paragraph.of("Why now"));
        }
    }

    @Nested
    class Lists {

        @Test
        void consecutiveBulletLinesBecomeOneList() {
            assertThat(body("Title\n\nBring:\n• gloves\n- a hat\n* water\n\nThanks.\n")).containsExactly(
                    Paragraph.of("Bring:"), ListBlock.unordered("gloves", "a hat", "water"), Paragraph.of("Thanks."));
        }

        @ParameterizedTest
        @ValueSource(strings = {"1. north\n2. south", "1) north\n2) south", "1、north\n2、south", "9. north\n10. south"})
        void numberedLinesBecomeAnOrderedList(String lines) {
            assertThat(body("Title\n\n" + lines + "\n")).containsExactly(ListBlock.ordered("north", "south"));
        }

        @Test
        void aLineRightUnderAnItemContinuesIt() {
            assertThat(body("Title\n\n- keep the plot\n  cultivated\n- pay the fee\n"))
                    .containsExactly(ListBlock.unordered("keep the plot cultivated", "pay the fee"));
        }

        @Test
        void itemsSeparatedByBlankLinesStayOneList() {
            assertThat(body("Title\n\n1. north\n\n2. south\n")).containsExactly(ListBlock.ordered("north", "south"));
        }

        @Test
        void bulletsAndNumbersMakeSeparateLists() {
            assertThat(body("Title\n\n- north\n1. south\n"))
                    .containsExactly(ListBlock.unordered("north"), ListBlock.ordered("south"));
        }

        @Test
        void textAfterABlankLineEndsTheList() {
            assertThat(body("Title\n\n- north\n\nThe end.\n"))
                    .containsExactly(ListBlock.unordered("north"), Paragraph.of("The end."));
        }

        @Test
        void aNumberWithoutASpaceIsNoMarker() {
            assertThat(body("Title\n\n3.5 million people came.\n")).containsExactly(Paragraph.of("3.5 million people came."));
        }
    }

    @Nested
    class Encoding {

        private static final String LF = "\uFEFFTitle\nSource: Bay Herald\n\nOne line\nwrapped.\n\nTwo.\n";

        @Test
        void lfCrlfAndCrGiveTheSameArticle() {
            Article lf = parse(LF).article();
            assertThat(parse(LF.replace("\n", "\r\n")).article()).isEqualTo(lf);
            assertThat(parse(LF.replace("\n", "\r")).article()).isEqualTo(lf);
            assertThat(lf.body()).containsExactly(Paragraph.of("One line wrapped."), Paragraph.of("Two."));
        }

        @Test
        void skipsAByteOrderMarkInBytesAndInText() {
            byte[] bytes = LF.getBytes(StandardCharsets.UTF_8);
            assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
            Article fromBytes = PrintTextParser.standard().parse(new ByteArrayInputStream(bytes), "t.txt").article();
            assertThat(fromBytes.title()).isEqualTo("Title");
            assertThat(fromBytes).isEqualTo(parse(LF).article());
        }

        @Test
        void lineNumbersCountEveryKindOfLineEnd() {
            ParseResult result = parse("print close\r\nTitle\rBody.\n\r\nshare:");
            assertThat(result.diagnostics()).map(Diagnostic::location).map(l -> l.line())
                    .containsExactly(1, 5);
        }

        @Test
        void ignoresIndentationAndTrailingSpacesOfEveryKind() {
            Article a = parse("\t\u00a0\u3000Title\u2003 \n\u3000\u3000Source:\u00a0Bay Herald\t\n\n \u2002Body.\u00a0\t").article();
            assertThat(a.title()).isEqualTo("Title");
            assertThat(a.source()).contains("Bay Herald");
            assertThat(a.body()).containsExactly(Paragraph.of("Body."));
        }
    }
}
