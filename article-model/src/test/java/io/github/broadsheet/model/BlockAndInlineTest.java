package io.github.broadsheet.model;

import static io.github.broadsheet.model.Inline.emphasis;
import static io.github.broadsheet.model.Inline.lineBreak;
import static io.github.broadsheet.model.Inline.strong;
import static io.github.broadsheet.model.Inline.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BlockAndInlineTest {

    // ------------------------------------------------------------------ headings

    @Test
    void rejectsHeadingLevelZero() {
        assertThatIllegalArgumentException().isThrownBy(() -> Heading.of(0, "Too high"))
                .withMessage("heading level must be between 1 and 6, was 0");
    }

    @Test
    void rejectsHeadingLevelSeven() {
        assertThatIllegalArgumentException().isThrownBy(() -> Heading.of(7, "Too low"))
                .withMessage("heading level must be between 1 and 6, was 7");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void acceptsHeadingLevelsOneToSix(int level) {
        assertThat(Heading.of(level, "Section").level()).isEqualTo(level);
    }

    @Test
    void rejectsBlankHeading() {
        assertThatIllegalArgumentException().isThrownBy(() -> Heading.of(2, "   "))
                .withMessage("heading must not be blank");
    }

    @Test
    void rejectsHeadingOfOnlyALineBreak() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Heading(2, List.of(lineBreak())))
                .withMessage("heading must not be blank");
    }

    @Test
    void rejectsHeadingWithoutContent() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Heading(2, List.of()))
                .withMessage("heading must have content");
    }

    // ------------------------------------------------------------------ paragraphs and quotes

    @Test
    void rejectsEmptyParagraphContent() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Paragraph(List.of()))
                .withMessage("paragraph must have content");
    }

    @Test
    void rejectsNullParagraphContent() {
        assertThatNullPointerException().isThrownBy(() -> new Paragraph(null))
                .withMessage("paragraph content");
    }

    @Test
    void rejectsNullInlineNamingTheListAndIndex() {
        assertThatNullPointerException().isThrownBy(() -> new Paragraph(Arrays.asList(text("a"), null)))
                .withMessage("paragraph content[1] is null");
        assertThatNullPointerException().isThrownBy(() -> new Strong(Arrays.asList((Inline) null)))
                .withMessage("strong content[0] is null");
    }

    @Test
    void acceptsAParagraphOfWhiteSpace() {
        // A run of spaces is content (it may sit between two other nodes); only emptiness is refused.
        assertThat(Paragraph.of(" ").plainText()).isEqualTo(" ");
    }

    @Test
    void rejectsEmptyQuote() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Quote(List.of(), Optional.empty()))
                .withMessage("quote must have content");
    }

    @Test
    void rejectsBlankQuoteAttribution() {
        assertThatIllegalArgumentException().isThrownBy(() -> Quote.of("We walk.", " "))
                .withMessage("quote attribution must not be blank; leave it out instead");
    }

    // ------------------------------------------------------------------ figures

    @Test
    void rejectsFigureWithEveryPartEmpty() {
        assertThatIllegalArgumentException().isThrownBy(() -> Figure.builder().build())
                .withMessage("figure needs at least one of src, alt, caption or credit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"src", "alt", "caption", "credit"})
    void rejectsBlankFigurePart(String part) {
        Figure.Builder builder = Figure.builder().credit("Jonas Eklöf");
        switch (part) {
            case "src" -> builder.src(" ");
            case "alt" -> builder.alt("");
            case "caption" -> builder.caption("\t");
            default -> builder.credit("  ");
        }
        assertThatIllegalArgumentException().isThrownBy(builder::build)
                .withMessage("figure " + part + " must not be blank; leave it out instead");
    }

    @Test
    void buildsAFigureFromAnyOnePart() {
        assertThat(Figure.ofCredit("Jonas Eklöf").credit()).contains("Jonas Eklöf");
        assertThat(Figure.builder().src("a.jpg").build().src()).contains("a.jpg");
        assertThat(Figure.builder().alt("A pier").build().alt()).contains("A pier");
        assertThat(Figure.builder().caption("The pier.").build().caption()).contains("The pier.");
    }

    @Test
    void roundTripsAFigureThroughToBuilder() {
        Figure figure = Figure.builder().src("a.jpg").alt("A pier").caption("The pier.").credit("J. Eklöf").build();
        assertThat(figure.toBuilder().build()).isEqualTo(figure);
        Figure withoutCaption = figure.toBuilder().caption(null).build();
        assertThat(withoutCaption.caption()).isEmpty();
        assertThat(withoutCaption.src()).contains("a.jpg");
    }

    // ------------------------------------------------------------------ lists

    @Test
    void rejectsEmptyList() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ListBlock(false, List.of()))
                .withMessage("list must have at least one item");
    }

    @Test
    void rejectsNullListItemNamingTheListAndIndex() {
        assertThatNullPointerException()
                .isThrownBy(() -> new ListBlock(true, Arrays.asList(ListItem.of("One"), null)))
                .withMessage("list items[1] is null");
    }

    @Test
    void rejectsEmptyListItem() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ListItem(List.of()))
                .withMessage("list item must have content");
    }

    @Test
    void makesOrderedAndUnorderedLists() {
        assertThat(ListBlock.ordered("One", "Two").ordered()).isTrue();
        assertThat(ListBlock.unordered("One").ordered()).isFalse();
        assertThat(ListBlock.ordered("One", "Two").items()).containsExactly(ListItem.of("One"), ListItem.of("Two"));
    }

    // ------------------------------------------------------------------ inlines

    @Test
    void rejectsEmptyText() {
        assertThatIllegalArgumentException().isThrownBy(() -> text(""))
                .withMessage("text must not be empty");
    }

    @Test
    void rejectsNullText() {
        assertThatNullPointerException().isThrownBy(() -> new Text(null)).withMessage("text");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n"})
    void rejectsBlankLinkHref(String href) {
        assertThatIllegalArgumentException().isThrownBy(() -> Inline.link(href, "the union"))
                .withMessage("link href must not be blank");
    }

    @Test
    void rejectsNullLinkHref() {
        assertThatNullPointerException().isThrownBy(() -> Inline.link(null, "the union")).withMessage("link href");
    }

    @Test
    void rejectsBlankLinkTitle() {
        assertThatIllegalArgumentException().isThrownBy(() -> Link.of("https://x.example", "x").withTitle(" "))
                .withMessage("link title must not be blank; leave it out instead");
    }

    @Test
    void rejectsLinkWithoutContent() {
        assertThatIllegalArgumentException().isThrownBy(() -> Link.of("https://x.example"))
                .withMessage("link must have content");
    }

    @Test
    void rejectsEmptyEmphasisAndStrong() {
        assertThatIllegalArgumentException().isThrownBy(() -> emphasis()).withMessage("emphasis must have content");
        assertThatIllegalArgumentException().isThrownBy(() -> strong()).withMessage("strong must have content");
    }

    @Test
    void treatsEveryLineBreakAsTheSame() {
        assertThat(new LineBreak()).isEqualTo(LineBreak.INSTANCE).isEqualTo(lineBreak());
        assertThat(lineBreak().plainText()).isEqualTo("\n");
    }

    @Test
    void keepsALinksTitleApartFromItsText() {
        Link link = Link.of("https://x.example", strong("bold"), text(" words")).withTitle("Advisory");
        assertThat(link.title()).contains("Advisory");
        assertThat(link.plainText()).isEqualTo("bold words");
        assertThat(link.href()).isEqualTo("https://x.example");
    }

    @Test
    void callsOnlyOneTextRunPlainContent() {
        assertThat(Paragraph.of("Plain.").isPlain()).isTrue();
        assertThat(Paragraph.of(text("Two "), text("runs.")).isPlain()).isFalse();
        assertThat(Paragraph.of(emphasis("Marked.")).isPlain()).isFalse();
        assertThat(emphasis("Inside.").isPlain()).isTrue();
    }
}
