package io.github.broadsheet.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.broadsheet.model.Article;
import io.github.broadsheet.model.Figure;
import io.github.broadsheet.model.Heading;
import io.github.broadsheet.render.RenderOptions;
import io.github.broadsheet.render.RenderResult;
import java.io.StringWriter;
import java.nio.file.Files;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every fixture article, in both themes: a valid HTML5 page that shows the whole article. */
class HtmlFixturesTest {

    private static final HtmlRenderer RENDERER = new HtmlRenderer();

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> fixtures() {
        return Fixtures.inBothThemes();
    }

    private static String render(Article article, String theme) {
        StringWriter out = new StringWriter();
        RenderResult result = RENDERER.render(article, RenderOptions.builder().theme(theme).build(), out);
        assertThat(result.warnings()).allSatisfy(w -> assertThat(w.path()).isNotBlank());
        return out.toString();
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("fixtures")
    void passesTheNuHtmlCheckerWithoutErrorsOrWarnings(String name, String theme, Article article) {
        String html = render(article, theme);

        assertThat(NuChecker.problems(html)).as("Nu Html Checker on %s in the %s theme", name, theme).isEmpty();
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("fixtures")
    void showsTheWholeArticleInSemanticMarkup(String name, String theme, Article article) {
        Document page = Jsoup.parse(render(article, theme));

        assertThat(page.select("html").attr("lang")).isEqualTo(article.language()
                .map(java.util.Locale::toLanguageTag).orElse("en"));
        assertThat(page.title()).isEqualTo(Html.clean(article.title()));
        assertThat(page.select("article > header > h1")).singleElement()
                .satisfies(h1 -> assertThat(h1.text()).isEqualTo(page.title()));
        assertThat(page.select("h1")).hasSize(1);
        article.published().ifPresent(date -> assertThat(page.select("header time").attr("datetime"))
                .isEqualTo(date.toString()));
        assertThat(page.select("link[rel=stylesheet], script[src], img[src^=http], iframe, object, embed"))
                .as("nothing the page itself loads from elsewhere, beyond the article's own images").isEmpty();

        long headings = article.body().stream().filter(b -> b instanceof Heading).count();
        assertThat(page.select("article h2, article h3, article h4, article h5, article h6")).hasSize((int) headings)
                .allSatisfy(h -> assertThat(h.id()).isNotBlank());
        List<String> ids = page.select("[id]").eachAttr("id");
        assertThat(ids).doesNotHaveDuplicates();

        long credits = article.body().stream().filter(b -> b instanceof Figure f && f.credit().isPresent()).count();
        assertThat(page.select("figure .credit")).hasSize((int) credits);
        for (Element credit : page.select("figure.credit-only")) {
            assertThat(credit.select("img")).isEmpty();
            assertThat(credit.select("figcaption").text()).isNotBlank();
        }
        assertThat(page.select("article p, article li, article blockquote").stream().map(Element::text))
                .noneMatch(String::isBlank);
    }

    static List<Fixtures.Named> articles() {
        return Fixtures.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void printThemeHasControlsThatPrintingHides(Fixtures.Named fixture) {
        Document page = Jsoup.parse(render(fixture.article(), "print"));

        assertThat(page.select(".controls[hidden] button[type=button][data-action]").eachAttr("data-action"))
                .containsExactly("print", "close");
        assertThat(page.select("style").html()).contains("@page").containsPattern(
                "@media print \\{[^@]*\\.controls \\{ display: none");
        assertThat(page.select("script:not([type])")).singleElement()
                .satisfies(s -> assertThat(s.data()).isEqualTo(PageBuilder.CONTROLS_SCRIPT));
    }

    @Test
    void readsTheSeedWhenItIsThere() {
        assumeTrue(Files.isRegularFile(Fixtures.SEED), "the seed is in ../shared/seeds");
        Document page = Jsoup.parse(render(Fixtures.article("000_5ae52f0738207d1a.expected"), "print"));

        assertThat(page.select(".dateline").text()).isEqualTo("Source: Where Zhengzhou Date: April 12, 2022");
        assertThat(page.select("figure.credit-only").eachText()).containsExactly(
                "Photo: Li Xinhua", "Photo: Zhu Zhe", "Photo: Li Xinhua", "Photo: Ma Jian");
        assertThat(page.select("h2").eachAttr("id")).containsExactly("big-picture-thinking",
                "innovation-in-rules-and-regulations");
    }
}
