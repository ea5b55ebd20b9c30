package io.github.broadsheet.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.model.Article;
import io.github.broadsheet.model.Emphasis;
import io.github.broadsheet.model.Figure;
import io.github.broadsheet.model.Inline;
import io.github.broadsheet.model.Link;
import io.github.broadsheet.model.ListBlock;
import io.github.broadsheet.model.ListItem;
import io.github.broadsheet.model.Paragraph;
import io.github.broadsheet.model.Quote;
import io.github.broadsheet.model.Strong;
import io.github.broadsheet.model.Text;
import io.github.broadsheet.render.RenderOptions;
import io.github.broadsheet.render.RenderResult;
import io.github.broadsheet.render.RenderWarning;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of hostile articles ({@code src/test/resources/html/hostile}): script tags, event
 * handler attributes, {@code javascript:} and {@code data:text/html} addresses, quotes in every field,
 * {@code </script>} in text, template syntax and control characters. Each is rendered in both themes
 * and the page is checked as a browser would parse it, not as a string.
 */
class HostileArticlesTest {

    private static final HtmlRenderer RENDERER = new HtmlRenderer();

    /** Every element Broadsheet's own templates write; anything else came from an article. */
    private static final Set<String> ELEMENTS = Set.of("html", "head", "meta", "title", "link", "script", "style",
            "body", "article", "header", "footer", "div", "p", "h1", "h2", "h3", "h4", "h5", "h6", "figure",
            "figcaption", "img", "blockquote", "ul", "ol", "li", "a", "em", "strong", "br", "span", "time", "button");
    /** Every attribute Broadsheet's own templates write. */
    private static final Set<String> ATTRIBUTES = Set.of("lang", "dir", "charset", "name", "content", "property",
            "rel", "href", "src", "alt", "title", "class", "id", "datetime", "type", "data-action", "hidden",
            "aria-label");
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");

    static Stream<Arguments> corpus() {
        return Fixtures.read(Fixtures.HOSTILE).stream().flatMap(n -> HtmlRenderer.THEMES.stream()
                .map(theme -> Arguments.of(n.name(), theme, n.article())));
    }

    private record Rendered(String html, Document page, List<RenderWarning> warnings) {}

    private static Rendered render(Article article, String theme) {
        StringWriter out = new StringWriter();
        RenderResult result = RENDERER.render(article, RenderOptions.builder().theme(theme).build(), out);
        return new Rendered(out.toString(), Jsoup.parse(out.toString()), result.warnings());
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("corpus")
    void writesOnlyTheTemplatesElementsAndAttributes(String name, String theme, Article article) {
        Document page = render(article, theme).page();

        for (Element element : page.getAllElements()) {
            if (element == page) {
                continue;
            }
            assertThat(element.normalName()).as("element in %s", name).isIn(ELEMENTS);
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).as("attribute of <%s> in %s", element.normalName(), name)
                        .isIn(ATTRIBUTES).doesNotStartWith("on");
            }
        }
        assertThat(page.select("link").eachAttr("rel")).allMatch("canonical"::equals);
        assertThat(page.select("button").eachAttr("data-action")).allMatch(a -> a.equals("print") || a.equals("close"));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("corpus")
    void runsNoScriptButItsOwn(String name, String theme, Article article) {
        Document page = render(article, theme).page();

        assertThat(page.select("script[type=application/ld+json]")).singleElement()
                .satisfies(data -> assertThat(data.data().strip()).doesNotContain("<").doesNotContain(">")
                        .startsWith("{").endsWith("}"));
        List<Element> code = page.select("script:not([type=application/ld+json])");
        if (theme.equals("print")) {
            assertThat(code).singleElement().satisfies(s -> assertThat(s.data()).isEqualTo(PageBuilder.CONTROLS_SCRIPT));
        } else {
            assertThat(code).isEmpty();
        }
        Document plain = render(Article.builder().title("Plain").build(), theme).page();
        assertThat(page.select("style")).singleElement()
                .satisfies(s -> assertThat(s.data()).isEqualTo(plain.select("style").first().data()));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("corpus")
    void linksAndImagesUseOnlyWebMailOrRelativeAddresses(String name, String theme, Article article) {
        Document page = render(article, theme).page();

        for (Element element : page.select("[href], [src]")) {
            String address = element.hasAttr("href") ? element.attr("href") : element.attr("src");
            String seen = address.replaceAll("[\\t\\n\\r]", "").replaceFirst("^[\\x00-\\x20]+", "");
            Matcher scheme = SCHEME.matcher(seen);
            if (scheme.find()) {
                assertThat(scheme.group(1).toLowerCase(Locale.ROOT)).as("scheme of %s in %s", address, name)
                        .isIn(SAFE_SCHEMES);
            }
            assertThat(seen).as("address in %s", name).doesNotContain(" ", "\"", "<", ">", "`");
        }
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("corpus")
    void showsArticleTextAsText(String name, String theme, Article article) {
        Document page = render(article, theme).page();

        assertThat(page.select("h1").text()).isEqualTo(normalized(article.title()));
        assertThat(page.title()).isEqualTo(normalized(article.title()));
        article.subtitle().ifPresent(s -> assertThat(page.select("meta[name=description]").attr("content"))
                .isEqualTo(normalized(s)));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("corpus")
    void passesTheNuHtmlChecker(String name, String theme, Article article) {
        assertThat(NuChecker.problems(render(article, theme).html())).as(name).isEmpty();
    }

    @Test
    void reportsEachDroppedAddressWithItsPathAndKeepsTheLinkText() {
        Rendered rendered = render(Fixtures.named(Fixtures.HOSTILE.resolve("javascript-urls.json")).article(), "article");

        assertThat(rendered.warnings()).extracting(RenderWarning::path).containsExactly("url",
                "body[0].content[0]", "body[0].content[1]", "body[0].content[2]", "body[0].content[3]",
                "body[0].content[4]", "body[0].content[5]", "body[0].content[8]", "body[0].content[9]",
                "body[0].content[10]", "body[0].content[11]", "body[1].src", "body[2].src", "body[3].src",
                "body[4].items[0].content[0]");
        assertThat(rendered.warnings().get(1).message()).contains("\"javascript:alert('pwned')\"")
                .contains("dropped the link and kept its text");
        Element links = rendered.page().select("article > p").first();
        for (int i = 0; i < 15; i++) {
            assertThat(links.text()).contains("link " + i);
        }
        assertThat(links.select("a").eachAttr("href")).containsExactly("&#106;avascript:alert('pwned')",
                "javascript&colon;alert('pwned')", "%5C%5Cevil.example%5Cshare", "https://evil.example/ok",
                "//evil.example/also-ok");
        assertThat(rendered.page().select("li strong").text()).isEqualTo("bold dropped link");
        assertThat(rendered.page().select("li a")).isEmpty();
        assertThat(rendered.page().select("img")).isEmpty();
        assertThat(rendered.page().select("link[rel=canonical], meta[property=og:url]")).isEmpty();
    }

    @Test
    void replacesCharactersHtmlCannotCarryAndSaysSo() {
        Rendered rendered = render(Fixtures.named(Fixtures.HOSTILE.resolve("control-characters.json")).article(), "print");

        assertThat(rendered.page().select("h1").text()).isEqualTo("Null bell escape delete C1 noncharacter end");
        assertThat(rendered.html()).doesNotContainPattern("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\uFDD0\\uFFFF]");
        assertThat(rendered.warnings()).extracting(RenderWarning::path)
                .containsExactly("title", "source", "body[0].content[0]", "body[1].content[0]", "body[2].alt",
                        "body[2].caption");
        assertThat(rendered.page().select("h2").text()).isEqualTo("Heading with control");
    }

    @Test
    void writesTemplateSyntaxInArticlesLiterally() {
        Rendered rendered = render(Fixtures.named(Fixtures.HOSTILE.resolve("template-syntax.json")).article(), "print");

        assertThat(rendered.page().select("h1").text()).isEqualTo("{{title}} {{{jsonLd}}} {{> page}} {{=<% %>=}}");
        assertThat(rendered.page().select("article > p").text())
                .isEqualTo("{{{controlsScript}}} and {{labels.print}} stay as written");
        assertThat(rendered.page().select("h2").text()).isEqualTo("{{id}}");
    }

    @Test
    void flattensInlineContentNestedTooDeeplyToText() {
        Inline nested = new Text("deep");
        for (int i = 0; i < 200; i++) {
            nested = i % 2 == 0 ? new Emphasis(List.of(nested)) : new Strong(List.of(nested));
        }
        Article article = Article.builder().title("Nesting").add(Paragraph.of(new Text("Very "), nested)).build();

        Rendered rendered = render(article, "article");

        assertThat(rendered.page().select("article > p").text()).isEqualTo("Very deep");
        assertThat(rendered.page().select("article > p em, article > p strong")).hasSize(PageBuilder.MAX_INLINE_DEPTH);
        assertThat(rendered.warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("nested deeper"));
        assertThat(NuChecker.problems(rendered.html())).isEmpty();
    }

    @Test
    void keepsOnlyTheTextOfALinkInsideALink() {
        Link inner = Link.of("https://inner.example/", "inner");
        Article article = Article.builder().title("Links in links")
                .add(Paragraph.of(Link.of("https://outer.example/", new Text("outer "), new Strong(List.of(inner)))))
                .build();

        Rendered rendered = render(article, "article");

        assertThat(rendered.page().select("article a").eachAttr("href")).containsExactly("https://outer.example/");
        assertThat(rendered.page().select("article a").text()).isEqualTo("outer inner");
        assertThat(rendered.warnings()).extracting(RenderWarning::path).containsExactly("body[0].content[0].content[1].content[0]");
    }

    @Test
    void namesWhereInTheArticleEachReplacementWas() {
        String bell = "ring\u0007";
        Article article = Article.builder().title("Paths").subtitle(bell).section(bell).author("Ada").author(bell)
                .tag(bell)
                .add(Paragraph.of(new Text("a"), new Emphasis(List.of(new Text(bell))),
                        new Link("https://harbour.example/", Optional.of(bell), List.of(new Text(bell)))))
                .add(Figure.builder().src("pier.jpg").alt(bell).caption(bell).credit(bell).build())
                .add(new Quote(List.of(new Text(bell)), Optional.of(bell)))
                .add(new ListBlock(false, List.of(new ListItem(List.of(new Text("a"))), new ListItem(List.of(new Text(bell))))))
                .build();

        Rendered rendered = render(article, "print");

        assertThat(rendered.warnings()).extracting(RenderWarning::path).containsExactly("subtitle", "section",
                "authors[1]", "tags[0]", "body[0].content[1].content[0]", "body[0].content[2].content[0]",
                "body[0].content[2].title", "body[1].alt", "body[1].caption", "body[1].credit", "body[2].content[0]",
                "body[2].attribution", "body[3].items[1].content[0]");
    }

    @Test
    void replacesLoneSurrogatesWithTheReplacementCharacter() {
        Article article = Article.builder().title("Broken \uD800 pair and a whole 😋 one").build();

        Rendered rendered = render(article, "article");

        assertThat(rendered.page().select("h1").text()).isEqualTo("Broken \uFFFD pair and a whole 😋 one");
        assertThat(rendered.warnings()).extracting(RenderWarning::path).containsExactly("title");
    }

    private static String normalized(String text) {
        return Html.clean(text).replaceAll("[\\s\\u00A0]+", " ").strip();
    }
}
