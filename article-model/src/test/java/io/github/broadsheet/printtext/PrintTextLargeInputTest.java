package io.github.broadsheet.printtext;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.model.Block;
import io.github.broadsheet.model.Figure;
import io.github.broadsheet.model.Heading;
import io.github.broadsheet.model.ListBlock;
import io.github.broadsheet.model.Paragraph;
import io.github.broadsheet.parse.ParseResult;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Large inputs are read correctly and in one pass. The time is linear in the input's size by
 * construction (no regular expression runs on unbounded text); these tests check the results, not
 * the clock.
 */
class PrintTextLargeInputTest {

    @Test
    void readsAMultiMegabyteArticle() {
        StringBuilder text = new StringBuilder("Print | Close\nA long article\nSource: Bay Herald  Date: 2022-04-12\n\n");
        int sections = 15_000;
        for (int i = 0; i < sections; i++) {
            text.append("Section ").append(i).append("\n\n")
                    .append("This paragraph is wrapped over\nthree lines, as print views\nwrap them. ")
                    .append("It carries a number, ").append(i).append(", to tell it apart.\n\n")
                    .append("Photo: Tom Ash\n\n")
                    .append("- first item\n- second item\n\n");
        }
        assertThat(text.length()).isGreaterThan(2_000_000);
        ParseResult result = PrintTextParser.standard().parse(text.toString(), "big.txt");
        Map<Class<?>, Long> kinds = result.article().body().stream()
                .collect(Collectors.groupingBy(Block::getClass, Collectors.counting()));
        assertThat(kinds).containsOnly(Map.entry(Heading.class, (long) sections), Map.entry(Paragraph.class, (long) sections),
                Map.entry(Figure.class, (long) sections), Map.entry(ListBlock.class, (long) sections));
        assertThat(result.article().body().get(1)).isEqualTo(Paragraph.of(
                "This paragraph is wrapped over three lines, as print views wrap them. It carries a number, 0, to tell it apart."));
        assertThat(result.diagnostics()).hasSize(PrintTextParser.MAX_DIAGNOSTICS + 1);
        assertThat(result.diagnostics().get(PrintTextParser.MAX_DIAGNOSTICS).message())
                .endsWith("more diagnostics left out; the limit is " + PrintTextParser.MAX_DIAGNOSTICS);
    }

    @Test
    void readsOneVeryLongParagraphJoinedFromManyLines() {
        String line = "word ".repeat(20);
        String text = "Title\n\n" + (line + "\n").repeat(50_000);
        ParseResult result = PrintTextParser.standard().parse(text, "long.txt");
        String paragraph = result.article().body().stream().map(Block::plainText)
                .collect(Collectors.collectingAndThen(Collectors.toList(), l -> l.get(0)));
        assertThat(paragraph).hasSize(50_000 * line.length() - 1);
        assertThat(result.article().body()).hasSize(1);
    }

    @Test
    void doesNotBacktrackOnLinesThatAlmostMatch() {
        String almostChrome = "print " + "| ".repeat(90) + "x";
        String almostCredit = "(Photo: " + "a".repeat(100) + " ";
        String almostDate = "Date: " + "1".repeat(60);
        String text = "Title\n" + almostDate + "\n\n" + (almostChrome + "\n\n" + almostCredit + "\n\n").repeat(2000) + "End.";
        ParseResult result = PrintTextParser.standard().parse(text, "almost.txt");
        assertThat(result.article().body().stream().map(Function.identity()).filter(b -> b instanceof Paragraph).count())
                .isEqualTo(4002);
    }
}
