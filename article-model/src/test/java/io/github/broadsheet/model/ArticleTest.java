package io.github.broadsheet.model;

import static io.github.broadsheet.model.Inline.emphasis;
import static io.github.broadsheet.model.Inline.lineBreak;
import static io.github.broadsheet.model.Inline.link;
import static io.github.broadsheet.model.Inline.strong;
import static io.github.broadsheet.model.Inline.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleTest {

    /** An article with every part set, each to something different. */
    static Article full() {
        return Article.builder()
                .title("Harbour ferries stand idle")
                .subtitle("A second morning without boats")
                .source("The Coastal Courier")
                .author("Mara Lindqvist")
                .author("Tomás Ó Briain")
                .published(PublicationDate.of(OffsetDateTime.of(2026, 3, 14, 6, 45, 30, 0, ZoneOffset.ofHours(1))))
                .language("en-GB")
                .url("https://courier.example/ferry")
                .section("Transport")
                .tag("ferries")
                .tag("labour")
                .heading(2, "What the crews want")
                .paragraph("Shorter shifts.")
                .add(Figure.ofCredit("Jonas Eklöf"))
                .build();
    }

    // ------------------------------------------------------------------ title

    @Test
    void rejectsMissingTitle() {
        assertThatNullPointerException().isThrownBy(() -> Article.builder().paragraph("Body only.").build())
                .withMessage("title");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n", "\u2003"})
    void rejectsBlankTitle(String title) {
        assertThatIllegalArgumentException().isThrownBy(() -> Article.builder().title(title).build())
                .withMessage("title must not be blank");
    }

    @Test
    void rejectsBlankTitleInWithTitle() {
        assertThatIllegalArgumentException().isThrownBy(() -> full().withTitle("  "))
                .withMessage("title must not be blank");
    }

    // ------------------------------------------------------------------ optional strings

    static Stream<Arguments> blankOptionalStrings() {
        return Stream.of(
                Arguments.of("subtitle", (UnaryOperator<Article.Builder>) b -> b.subtitle(" ")),
                Arguments.of("source", (UnaryOperator<Article.Builder>) b -> b.source("")),
                Arguments.of("url", (UnaryOperator<Article.Builder>) b -> b.url("\t")),
                Arguments.of("section", (UnaryOperator<Article.Builder>) b -> b.section("  ")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("blankOptionalStrings")
    void rejectsBlankOptionalString(String field, UnaryOperator<Article.Builder> setBlank) {
        Article.Builder builder = setBlank.apply(Article.builder().title("Title"));
        assertThatIllegalArgumentException().isThrownBy(builder::build)
                .withMessage(field + " must not be blank; leave it out instead");
    }

    @Test
    void rejectsNullOptional() {
        assertThatNullPointerException().isThrownBy(() -> new Article("Title", null, Optional.empty(), List.of(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of()))
                .withMessage("subtitle");
    }

    @Test
    void clearsAnOptionalPartSetToNull() {
        Article article = full().toBuilder().subtitle(null).url(null).published((PublicationDate) null).build();
        assertThat(article.subtitle()).isEmpty();
        assertThat(article.url()).isEmpty();
        assertThat(article.published()).isEmpty();
        assertThat(article.source()).contains("The Coastal Courier");
    }

    // ------------------------------------------------------------------ lists

    @Test
    void rejectsNullAuthorNamingTheListAndIndex() {
        assertThatNullPointerException()
                .isThrownBy(() -> Article.builder().title("Title").authors(Arrays.asList("Ann", null)))
                .withMessage("authors[1] is null");
    }

    @Test
    void rejectsNullBlockNamingTheListAndIndex() {
        List<Block> body = Arrays.asList(Paragraph.of("One."), Paragraph.of("Two."), null);
        assertThatNullPointerException().isThrownBy(() -> Article.builder().title("Title").body(body))
                .withMessage("body[2] is null");
        assertThatNullPointerException().isThrownBy(() -> full().withBody(body))
                .withMessage("body[2] is null");
    }

    @Test
    void rejectsNullTagPassedToTheConstructor() {
        List<String> tags = Arrays.asList("ports", null);
        assertThatNullPointerException().isThrownBy(() -> new Article("Title", Optional.empty(), Optional.empty(),
                List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), tags, List.of()))
                .withMessage("tags[1] is null");
    }

    @Test
    void rejectsBlankAuthor() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Article.builder().title("Title").author("Ann").author(" ").build())
                .withMessage("authors[1] must not be blank");
    }

    @Test
    void rejectsBlankTag() {
        assertThatIllegalArgumentException().isThrownBy(() -> Article.builder().title("Title").tag("").build())
                .withMessage("tags[0] must not be blank");
    }

    @Test
    void copiesListsSoChangingTheSourceLaterChangesNothing() {
        List<String> authors = new ArrayList<>(List.of("Ann"));
        List<String> tags = new ArrayList<>(List.of("ports"));
        List<Block> body = new ArrayList<>(List.of(Paragraph.of("One.")));
        List<Inline> content = new ArrayList<>(List.of(text("Two.")));
        Paragraph paragraph = new Paragraph(content);
        body.add(paragraph);
        Article article = new Article("Title", Optional.empty(), Optional.empty(), authors, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), tags, body);

        authors.add("Bo");
        tags.clear();
        body.remove(0);
        content.add(text(" Three."));

        assertThat(article.authors()).containsExactly("Ann");
        assertThat(article.tags()).containsExactly("ports");
        assertThat(article.body()).containsExactly(Paragraph.of("One."), Paragraph.of("Two."));
        assertThat(paragraph.plainText()).isEqualTo("Two.");
    }

    @Test
    void returnsUnmodifiableLists() {
        Article article = full();
        assertThatThrownBy(() -> article.authors().add("Bo")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> article.tags().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> article.body().remove(0)).isInstanceOf(UnsupportedOperationException.class);
        Paragraph paragraph = Paragraph.of(text("a"), strong("b"));
        assertThatThrownBy(() -> paragraph.content().add(text("c"))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void buildsIndependentArticlesFromOneBuilder() {
        Article.Builder builder = Article.builder().title("Title").author("Ann").paragraph("One.");
        Article first = builder.build();
        builder.author("Bo").paragraph("Two.").tag("later");
        Article second = builder.build();

        assertThat(first.authors()).containsExactly("Ann");
        assertThat(first.body()).hasSize(1);
        assertThat(first.tags()).isEmpty();
        assertThat(second.authors()).containsExactly("Ann", "Bo");
        assertThat(second.body()).hasSize(2);
    }

    @Test
    void replacesListsWhole() {
        Article article = Article.builder().title("Title").author("Ann").authors(List.of("Bo", "Cy"))
                .tag("old").tags(List.of("new")).paragraph("Gone.").body(List.of(Paragraph.of("Kept."))).build();
        assertThat(article.authors()).containsExactly("Bo", "Cy");
        assertThat(article.tags()).containsExactly("new");
        assertThat(article.body()).containsExactly(Paragraph.of("Kept."));
    }

    @Test
    void leavesAbsentCollectionsEmpty() {
        Article article = Article.builder().title("Title").build();
        assertThat(article.authors()).isEmpty();
        assertThat(article.tags()).isEmpty();
        assertThat(article.body()).isEmpty();
        assertThat(article.subtitle()).isEmpty();
        assertThat(article.published()).isEmpty();
        assertThat(article.language()).isEmpty();
    }

    // ------------------------------------------------------------------ language

    @Test
    void rejectsUndeterminedLanguage() {
        assertThatIllegalArgumentException().isThrownBy(() -> Article.builder().title("T").language(Locale.ROOT).build())
                .withMessage("language must name a language, was undetermined (\"und\")");
    }

    @Test
    void rejectsLocaleWithARegionButNoLanguage() {
        // Its tag "und-US" cannot be read back, so such an article could be written but never read.
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Article.builder().title("T").language(Locale.of("", "US")).build())
                .withMessageContaining("undetermined (\"und-US\")");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "en_GB", "en GB", "en-", "x-private", "und", "12"})
    void rejectsIllFormedLanguageTagQuotingIt(String tag) {
        assertThatIllegalArgumentException().isThrownBy(() -> Article.builder().language(tag))
                .withMessageStartingWith("not a BCP 47 language tag: \"" + tag + "\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "en-GB", "zh-Hans", "zh-Hant-TW", "pt-BR", "es-419", "de-CH-1996", "sr-Latn-RS"})
    void readsWellFormedLanguageTags(String tag) {
        assertThat(Article.parseLanguageTag(tag).toLanguageTag()).isEqualTo(tag);
        assertThat(Article.builder().title("T").language(tag).build().language())
                .map(Locale::toLanguageTag).contains(tag);
    }

    @Test
    void normalizesTheCaseOfALanguageTag() {
        assertThat(Article.parseLanguageTag("ZH-hans-cn")).isEqualTo(Article.parseLanguageTag("zh-Hans-CN"));
    }

    @Test
    void keepsALocaleAsTheOneItsTagReadsBack() {
        // Java writes the old Norwegian Nynorsk locale no_NO_NY as "nn-NO", which reads as nn_NO.
        Article article = Article.builder().title("T").language(Locale.of("no", "NO", "NY")).build();
        assertThat(article.language()).contains(Article.parseLanguageTag("nn-NO"));
    }

    // ------------------------------------------------------------------ values, copies, builders

    @Test
    void comparesByValue() {
        Article a = full();
        Article b = full();
        assertThat(a).isNotSameAs(b).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.withTitle("Another title")).isNotEqualTo(a);
        assertThat(a.toBuilder().tag("extra").build()).isNotEqualTo(a);
        assertThat(a.toBuilder().paragraph("More.").build()).isNotEqualTo(a);
        assertThat(a.toBuilder().language("en-US").build()).isNotEqualTo(a);
    }

    @Test
    void comparesNestedInlineContentByValue() {
        Paragraph a = Paragraph.of(text("A "), strong(emphasis("deep")), lineBreak(), link("https://x.example", "l"));
        Paragraph b = Paragraph.of(text("A "), strong(emphasis("deep")), new LineBreak(), link("https://x.example", "l"));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(Paragraph.of(text("A "), emphasis(strong("deep")), lineBreak(),
                link("https://x.example", "l")));
    }

    @Test
    void roundTripsThroughToBuilder() {
        Article article = full();
        assertThat(article.toBuilder().build()).isEqualTo(article);
        Article minimal = Article.builder().title("Only a title").build();
        assertThat(minimal.toBuilder().build()).isEqualTo(minimal);
    }

    @Test
    void changesOnlyWhatToBuilderIsToldTo() {
        Article article = full();
        Article changed = article.toBuilder().section("Business").build();
        assertThat(changed.section()).contains("Business");
        assertThat(changed).isNotEqualTo(article);
        assertThat(changed.toBuilder().section("Transport").build()).isEqualTo(article);
        assertThat(article.section()).contains("Transport");
    }

    @Test
    void withTitleCopiesWithAnotherTitle() {
        Article article = full();
        Article copy = article.withTitle("Ferries run again");
        assertThat(copy.title()).isEqualTo("Ferries run again");
        assertThat(copy.toBuilder().title(article.title()).build()).isEqualTo(article);
        assertThat(article.title()).isEqualTo("Harbour ferries stand idle");
    }

    @Test
    void withBodyCopiesWithAnotherBody() {
        Article article = full();
        List<Block> body = new ArrayList<>(List.of(Quote.of("We walk.", "A deckhand")));
        Article copy = article.withBody(body);
        body.add(Paragraph.of("Later."));
        assertThat(copy.body()).containsExactly(Quote.of("We walk.", "A deckhand"));
        assertThat(copy.withBody(article.body())).isEqualTo(article);
        assertThat(article.body()).hasSize(3);
    }

    @Test
    void withLanguageAndWithPublishedCopyWithThoseAlone() {
        Article article = full();
        Article copy = article.withLanguage(Optional.empty())
                .withPublished(Optional.of(PublicationDate.of(LocalDateTime.of(2026, 3, 15, 8, 0))));
        assertThat(copy.language()).isEmpty();
        assertThat(copy.published()).map(PublicationDate::toString).contains("2026-03-15T08:00");
        assertThat(copy.withLanguage(article.language()).withPublished(article.published())).isEqualTo(article);
    }

    @Test
    void buildsAPublicationDateFromALocalDate() {
        Article article = Article.builder().title("T").published(LocalDate.of(2026, 2, 7)).build();
        assertThat(article.published()).contains(PublicationDate.parse("2026-02-07"));
    }

    // ------------------------------------------------------------------ plain text

    @Test
    void flattensNestedInlineContentToPlainText() {
        Paragraph paragraph = Paragraph.of(
                text("Ferries "),
                strong(text("will "), emphasis(text("not")), text(" sail")),
                lineBreak(),
                new Link("https://x.example", Optional.of("a title"), List.of(strong(emphasis("until Monday")))),
                text("."));
        assertThat(paragraph.plainText()).isEqualTo("Ferries will not sail\nuntil Monday.");
    }

    @Test
    void joinsListItemsOneALine() {
        ListBlock list = new ListBlock(true, List.of(ListItem.of("One"), ListItem.of(strong("Two"), text(" and a half"))));
        assertThat(list.plainText()).isEqualTo("One\nTwo and a half");
    }

    @Test
    void givesAFiguresCaptionAndCreditButNotItsAltAsText() {
        Figure figure = Figure.builder().src("a.jpg").alt("An empty pier").caption("The north pier.").credit("J. Eklöf")
                .build();
        assertThat(figure.plainText()).isEqualTo("The north pier. J. Eklöf");
        assertThat(Figure.builder().src("a.jpg").build().plainText()).isEmpty();
    }

    @Test
    void leavesTheAttributionOutOfAQuotesText() {
        assertThat(Quote.of("We walk.", "A deckhand").plainText()).isEqualTo("We walk.");
    }
}
