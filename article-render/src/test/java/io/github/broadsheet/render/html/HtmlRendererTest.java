package io.github.broadsheet.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.model.Article;
import io.github.broadsheet.model.Figure;
import io.github.broadsheet.model.Heading;
import io.github.broadsheet.model.PublicationDate;
import io.github.broadsheet.render.OutputFormat;
import io.github.broadsheet.render.RenderOptions;
import io.github.broadsheet.render.RenderResult;
import io.github.broadsheet.render.RenderWarning;
import io.github.broadsheet.render.RendererRegistry;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {

    private static final HtmlRenderer RENDERER = new HtmlRenderer();

    private static final Article STORY = Article.builder()
            .title("Night buses return to the ring road")
            .subtitle("Route N4 runs every half hour until dawn")
            .source("The Orbital Post")
            .author("Ana Ruiz")
            .author("Bo Chen")
            .published(PublicationDate.parse("2022-04-12"))
            .language("en")
            .url("https://orbital-post.example/n4")
            .section("Transport")
            .tag("buses")
            .paragraph("The first N4 left the depot at midnight.")
            .add(Figure.builder().src("img/n4.jpg").alt("A red double-decker at a stop").caption("The N4 at Ring Cross.")
                    .credit("Cy Dunn").build())
            .add(Figure.builder().src("https://pics.example/depot.jpg").alt("The depot").build())
            .add(Figure.ofCredit("Li Xinhua"))
            .build();

    private static Document page(Article article, RenderOptions options) {
        return Jsoup.parse(RENDERER.renderToString(article, options));
    }

    private static Document page(Article article) {
        return page(article, RenderOptions.defaults());
    }

    @Test
    void isFoundThroughServiceLoaderAsHtml() {
        assertThat(RendererRegistry.load().expect("html")).isInstanceOf(HtmlRenderer.class);
        assertThat(RENDERER.format()).isEqualTo(new OutputFormat("html", "text/html", "html", false));
    }

    @Test
    void writesUtf8BytesToAStream() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        RENDERER.render(Fixtures.article("night-market-zh-hans"), RenderOptions.defaults(), bytes);

        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .isEqualTo(RENDERER.renderToString(Fixtures.article("night-market-zh-hans")));
    }

    @Test
    void marksUpTheHeaderSemantically() {
        Document page = page(STORY);

        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.title()).isEqualTo("Night buses return to the ring road");
        assertThat(page.select("meta[name=description]").attr("content")).isEqualTo("Route N4 runs every half hour until dawn");
        assertThat(page.select("article > header > h1").text()).isEqualTo("Night buses return to the ring road");
        assertThat(page.select("header .byline").text()).isEqualTo("By Ana Ruiz and Bo Chen");
        assertThat(page.select("header time").attr("datetime")).isEqualTo("2022-04-12");
        assertThat(page.select("header time").text()).isEqualTo("April 12, 2022");
    }

    @Test
    void showsCreditOnlyFiguresAsTheirCreditWithoutAnImage() {
        Document page = page(STORY);

        assertThat(page.select("figure.credit-only")).singleElement().satisfies(figure -> {
            assertThat(figure.select("img")).isEmpty();
            assertThat(figure.select("figcaption").text()).isEqualTo("Photo: Li Xinhua");
        });
        assertThat(page.select("figure:not(.credit-only) img").eachAttr("alt"))
                .containsExactly("A red double-decker at a stop", "The depot");
        assertThat(page.select("figure figcaption").first().text()).isEqualTo("The N4 at Ring Cross. Photo: Cy Dunn");
    }

    @Test
    void usesTheArticlesLanguageForLabelsAndDates() {
        Article chinese = Article.builder().title("郑州模式").source("郑州日报").author("王芳")
                .published(PublicationDate.parse("2022-04-12")).language("zh")
                .add(Figure.ofCredit("李新华")).build();

        Document page = page(chinese, RenderOptions.builder().theme("print").build());

        assertThat(page.select("html").attr("lang")).isEqualTo("zh");
        assertThat(page.select(".dateline").text()).isEqualTo("来源：郑州日报 日期：2022年4月12日");
        assertThat(page.select(".byline").text()).isEqualTo("作者：王芳");
        assertThat(page.select("figure.credit-only").text()).isEqualTo("图：李新华");
        assertThat(page.select("button").eachText()).containsExactly("打印", "关闭");
    }

    @Test
    void optionsLocaleChangesTheLabelsButNotTheLanguageOfTheText() {
        Document page = page(Fixtures.article("night-market-zh-hans"),
                RenderOptions.builder().theme("print").locale(Locale.ENGLISH).build());

        assertThat(page.select("html").attr("lang")).isEqualTo("zh-Hans");
        assertThat(page.select(".dateline").text()).isEqualTo("Source: 江畔晚报 Date: April 18, 2026, 21:30");
    }

    @Test
    void marksRightToLeftLanguages() {
        Document page = page(Fixtures.article("footbridge-ar"));

        assertThat(page.select("html").attr("dir")).isEqualTo("rtl");
        assertThat(page(STORY).select("html").hasAttr("dir")).isFalse();
    }

    @Test
    void givesHeadingsStableIdsAndLevelsWithoutGaps() {
        Article article = Article.builder().title("Levels")
                .add(Heading.of(1, "Part one")).add(Heading.of(6, "Detail")).add(Heading.of(3, "Part one"))
                .add(Heading.of(3, "Aside")).add(Heading.of(1, "Part two")).add(Heading.of(2, "Part two"))
                .build();

        Document page = page(article);

        assertThat(page.select("article h2, article h3, article h4").stream().map(h -> h.normalName() + "#" + h.id()))
                .containsExactly("h2#part-one", "h3#detail", "h3#part-one-2", "h3#aside", "h2#part-two",
                        "h3#part-two-2");
        assertThat(page(article).select("[id]").eachAttr("id")).isEqualTo(page.select("[id]").eachAttr("id"));
    }

    @Test
    void describesThePageWithTheFirstParagraphWhenThereIsNoStandfirst() {
        Article article = Article.builder().title("Long")
                .paragraph("word ".repeat(80).strip()).build();

        String description = page(article).select("meta[name=description]").attr("content");

        assertThat(description).endsWith("word…").hasSizeLessThanOrEqualTo(PageBuilder.DESCRIPTION_LENGTH);
        assertThat(page(Article.builder().title("Short").build()).select("meta[name=description]")).isEmpty();
    }

    @Test
    void carriesNewsArticleJsonLdAndOpenGraph() {
        Document page = page(STORY, RenderOptions.builder().baseUrl(URI.create("https://orbital-post.example/2022/")).build());

        String json = page.select("script[type=application/ld+json]").first().data();
        assertThat(json).contains("\"@type\": \"NewsArticle\"", "\"headline\": \"Night buses return to the ring road\"",
                "\"datePublished\": \"2022-04-12\"", "\"name\": \"Ana Ruiz\"", "\"name\": \"Bo Chen\"",
                "\"publisher\": {\n    \"@type\": \"Organization\",\n    \"name\": \"The Orbital Post\"",
                "\"image\": [\"https://orbital-post.example/2022/img/n4.jpg\", \"https://pics.example/depot.jpg\"]",
                "\"inLanguage\": \"en\"", "\"url\": \"https://orbital-post.example/n4\"");
        assertThat(page.select("meta[property^=og:]").eachAttr("property")).containsExactly("og:type", "og:title",
                "og:description", "og:url", "og:site_name", "og:locale", "og:image", "og:image");
        assertThat(page.select("meta[property=og:locale]").attr("content")).isEqualTo("en");
        assertThat(page.select("meta[property=article:published_time]").attr("content")).isEqualTo("2022-04-12");
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("https://orbital-post.example/n4");
        assertThat(page.select("img").first().attr("src")).isEqualTo("https://orbital-post.example/2022/img/n4.jpg");
    }

    @Test
    void leavesOutStructuredDataWhenAskedTo() {
        Document page = page(STORY, RenderOptions.builder().structuredData(false).build());

        assertThat(page.select("script, meta[property]")).isEmpty();
        assertThat(page.select("meta[name=description]")).hasSize(1);
    }

    @Test
    void offersOnlyAbsoluteWebImagesToOtherSites() {
        Document page = page(STORY);

        assertThat(page.select("meta[property=og:image]").eachAttr("content")).containsExactly("https://pics.example/depot.jpg");
        assertThat(page.select("img").first().attr("src")).isEqualTo("img/n4.jpg");
    }

    @Test
    void describesAFigureWhoseImageWasDroppedByItsAltText() {
        Article article = Article.builder().title("Maps")
                .add(Figure.builder().src("javascript:draw()").alt("A map of the new route").build())
                .add(Figure.builder().src("vbscript:draw()").build())
                .build();

        StringBuilderWriter out = new StringBuilderWriter();
        RenderResult result = RENDERER.render(article, RenderOptions.defaults(), out);
        Document page = Jsoup.parse(out.toString());

        assertThat(page.select("figure")).singleElement().satisfies(f -> {
            assertThat(f.select("img")).isEmpty();
            assertThat(f.text()).isEqualTo("A map of the new route");
        });
        assertThat(result.warnings()).extracting(RenderWarning::path).containsExactly("body[0].src", "body[1].src");
        assertThat(result.warnings()).extracting(RenderWarning::message).allMatch(m -> m.endsWith("dropped the image"));
    }

    /** A writer over a string builder, to show that any {@link java.io.Writer} works. */
    private static final class StringBuilderWriter extends java.io.Writer {
        private final StringBuilder text = new StringBuilder();

        @Override
        public void write(char[] buffer, int offset, int length) {
            text.append(buffer, offset, length);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
