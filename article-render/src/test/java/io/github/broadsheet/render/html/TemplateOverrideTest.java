package io.github.broadsheet.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.broadsheet.model.Article;
import io.github.broadsheet.model.Emphasis;
import io.github.broadsheet.model.Figure;
import io.github.broadsheet.model.ListBlock;
import io.github.broadsheet.model.Paragraph;
import io.github.broadsheet.model.Strong;
import io.github.broadsheet.model.Text;
import io.github.broadsheet.render.RenderOptions;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Users replace single templates from a folder or a class path prefix, or ship a whole theme. */
class TemplateOverrideTest {

    private static final Article ARTICLE = Article.builder()
            .title("Ferry timetable changes")
            .source("The Coastal Courier")
            .language("en")
            .paragraph("Boats leave every forty minutes from Monday.")
            .add(Figure.builder().src("pier.jpg").alt("The pier").caption("The north pier").credit("Jonas Eklöf").build())
            .build();

    @TempDir
    Path folder;

    private Path template(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private static Document render(HtmlRenderer renderer, RenderOptions options) {
        return render(renderer, options, ARTICLE);
    }

    private static Document render(HtmlRenderer renderer, RenderOptions options, Article article) {
        return Jsoup.parse(renderer.renderToString(article, options));
    }

    @Test
    void replacesOneTemplateFromAFolderAndKeepsTheRest() throws IOException {
        template("figure.mustache", "<figure class=\"mine\"><figcaption>{{caption}} / {{credit}}</figcaption></figure>\n");

        Document page = render(new HtmlRenderer(), RenderOptions.builder().templateDirectory(folder).build());

        assertThat(page.select("figure.mine figcaption").text()).isEqualTo("The north pier / Photo: Jonas Eklöf");
        assertThat(page.select("article > header > h1").text()).isEqualTo("Ferry timetable changes");
        assertThat(page.select("article > p").text()).isEqualTo("Boats leave every forty minutes from Monday.");
    }

    /** An article with a heading, a list and inline nodes inside one another, for overrides of the body's partials. */
    private static final Article NESTED = Article.builder()
            .title("Ferry timetable changes")
            .language("en")
            .add(new Paragraph(List.of(new Text("Boats leave "), new Strong(List.of(new Text("every "),
                    new Emphasis(List.of(new Text("forty"))))), new Text(" minutes."))))
            .heading(2, "Sundays")
            .add(ListBlock.unordered("Every hour", "Last boat at ten"))
            .build();

    @Test
    void runsAnOverriddenBlockPartialAndWritesTheOtherBlocksAsBefore() throws IOException {
        template("paragraph.mustache", "<p class=\"mine\">{{#content}}{{> inline}}{{/content}}</p>\n");
        RenderOptions overridden = RenderOptions.builder().templateDirectory(folder).build();

        String page = new HtmlRenderer().renderToString(NESTED, overridden);

        assertThat(page).contains("<p class=\"mine\">Boats leave <strong>every <em>forty</em></strong> minutes.</p>\n"
                + "<h2 id=\"sundays\">Sundays</h2>\n<ul>\n<li>Every hour</li>\n<li>Last boat at ten</li>\n</ul>\n");
    }

    @Test
    void runsAnOverriddenInlinePartialWhereverInlineContentIs() throws IOException {
        template("text.mustache", "<span class=\"t\">{{text}}</span>\n");
        RenderOptions overridden = RenderOptions.builder().templateDirectory(folder).build();

        Document page = render(new HtmlRenderer(), overridden, NESTED);

        assertThat(page.select("article > p > span.t").eachText()).containsExactly("Boats leave", "minutes.");
        assertThat(page.select("strong > em > span.t").text()).isEqualTo("forty");
        assertThat(page.select("h2 > span.t").text()).isEqualTo("Sundays");
        assertThat(page.select("li > span.t").eachText()).containsExactly("Every hour", "Last boat at ten");
    }

    @Test
    void runsAnOverriddenBlockTemplateAndTheSharedPartialsItCalls() throws IOException {
        template("block.mustache", "<div class=\"block\">{{#paragraph}}{{> paragraph}}{{/paragraph}}{{#list}}{{> list}}{{/list}}</div>\n");
        RenderOptions overridden = RenderOptions.builder().templateDirectory(folder).build();

        Document page = render(new HtmlRenderer(), overridden, NESTED);

        assertThat(page.select("article > div.block")).hasSize(3);
        assertThat(page.select("div.block > p > strong > em").text()).isEqualTo("forty");
        assertThat(page.select("div.block > ul > li")).hasSize(2);
        assertThat(page.select("h2")).as("the headings this block template leaves out").isEmpty();
    }

    @Test
    void runsAnInlinePartialFromAClassPathPrefixInEitherTheme() {
        for (String theme : HtmlRenderer.THEMES) {
            Document page = render(new HtmlRenderer(), RenderOptions.builder().theme(theme)
                    .templateClasspathPrefix("overrides/marked").build(), NESTED);

            assertThat(page.select("p > b.marked").text()).isEqualTo("every forty");
            assertThat(page.select("p > b.marked > em").text()).isEqualTo("forty");
            assertThat(page.select("strong")).isEmpty();
        }
    }

    @Test
    void replacesTemplatesFromAClassPathPrefixInEitherTheme() {
        for (String theme : HtmlRenderer.THEMES) {
            Document page = render(new HtmlRenderer(), RenderOptions.builder().theme(theme)
                    .templateClasspathPrefix("/overrides/bordered/").build());

            assertThat(page.select("figure.bordered b").text()).isEqualTo("Photo: Jonas Eklöf");
            assertThat(page.select("body").hasClass("theme-" + theme)).isTrue();
        }
    }

    @Test
    void looksInTheFolderBeforeTheClassPathPrefix() throws IOException {
        template("figure.mustache", "<figure class=\"from-folder\"></figure>\n");

        Document page = render(new HtmlRenderer(), RenderOptions.builder().templateDirectory(folder)
                .templateClasspathPrefix("overrides/bordered").build());

        assertThat(page.select("figure.from-folder")).hasSize(1);
        assertThat(page.select("figure.bordered")).isEmpty();
    }

    @Test
    void rendersAWholeThemeFromTheClassPathWithTheSharedPartials() {
        Document page = render(new HtmlRenderer(), RenderOptions.builder().theme("minimal").build());

        assertThat(page.select("body.theme-minimal main > h1").text()).isEqualTo("Ferry timetable changes");
        assertThat(page.select("main > figure .credit").text()).isEqualTo("Photo: Jonas Eklöf");
    }

    @Test
    void namesTheBuiltInThemesWhenOneIsUnknown() {
        assertThatThrownBy(() -> new HtmlRenderer().renderToString(ARTICLE, RenderOptions.builder().theme("glossy").build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown HTML theme \"glossy\"").hasMessageContaining("article, print");
    }

    @Test
    void refusesATemplateFolderThatIsNotAFolder() throws IOException {
        Path file = template("not-a-folder.txt", "x");

        assertThatThrownBy(() -> new HtmlRenderer().prepare(RenderOptions.builder().templateDirectory(file).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a folder");
    }

    @Test
    void templatesReachNoJavaMethods() throws IOException {
        template("page.mustache", "[{{class}}|{{getClass}}|{{title.bytes}}|{{title.class.name}}|{{toString}}|"
                + "{{hashCode}}|{{blocks.size}}|{{labels.class}}|{{labels.size}}|{{#blocks}}{{paragraph.class}}"
                + "{{paragraph.toString}}{{/blocks}}|{{title.length}}|{{title}}]\n");

        String page = new HtmlRenderer().renderToString(ARTICLE, RenderOptions.builder().templateDirectory(folder).build());

        assertThat(page).as("eleven lookups that find nothing, then the title").isEqualTo("[" + "|".repeat(11) + "Ferry timetable changes]");
    }

    @Test
    void refusesToWriteArticleTextUnescaped() throws IOException {
        template("header.mustache", "<header><h1>{{{title}}}</h1></header>\n");
        HtmlRenderer renderer = new HtmlRenderer();
        StringWriter out = new StringWriter();

        assertThatThrownBy(() -> renderer.render(ARTICLE, RenderOptions.builder().templateDirectory(folder).build(), out))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("{{{title}}} writes HTML unescaped").hasMessageContaining("write {{title}} instead")
                .hasMessageContaining("header.mustache");
        assertThat(out.toString()).as("nothing is written when a template fails").isEmpty();
    }

    @Test
    void refusesTheAmpersandFormOfUnescapedOutputToo() throws IOException {
        template("paragraph.mustache", "<p>{{#content}}{{&text}}{{/content}}</p>\n");

        assertThatThrownBy(() -> new HtmlRenderer().renderToString(ARTICLE,
                RenderOptions.builder().templateDirectory(folder).build()))
                .isInstanceOf(TemplateException.class).hasMessageContaining("{{{text}}}");
    }

    @Test
    void writesPreparedFragmentsUnescaped() throws IOException {
        template("page.mustache", "{{#jsonLd}}{{{jsonLd}}}{{/jsonLd}}\n");

        String page = new HtmlRenderer().renderToString(ARTICLE, RenderOptions.builder().templateDirectory(folder).build());

        assertThat(page).startsWith("{\n  \"@context\": \"https://schema.org\",");
    }

    @Test
    void refusesPragmasAndDynamicPartials() throws IOException {
        HtmlRenderer renderer = new HtmlRenderer();
        template("pragma/page.mustache", "{{%IMPLICIT-ITERATOR}}\n");
        template("dynamic/page.mustache", "{{>*title}}\n");

        assertThatThrownBy(() -> renderer.prepare(RenderOptions.builder().templateDirectory(folder.resolve("pragma")).build()))
                .isInstanceOf(TemplateException.class).hasMessageContaining("pragmas");
        assertThatThrownBy(() -> renderer.prepare(RenderOptions.builder().templateDirectory(folder.resolve("dynamic")).build()))
                .isInstanceOf(TemplateException.class).hasMessageContaining("dynamic partials");
    }

    @Test
    void refusesPartialsOutsideTheTemplateFolders() throws IOException {
        Files.writeString(folder.resolve("secret.mustache"), "the secret\n");
        Path inner = folder.resolve("templates");
        template("templates/page.mustache", "{{> ../secret}}\n");

        assertThatThrownBy(() -> new HtmlRenderer().prepare(RenderOptions.builder().templateDirectory(inner).build()))
                .isInstanceOf(TemplateException.class).hasMessageContaining("is not a template name");
    }

    @Test
    void refusesATemplateThatLinksOutOfItsFolder() throws IOException {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "the secret\n");
        Path inner = Files.createDirectories(folder.resolve("templates"));
        Files.createSymbolicLink(inner.resolve("figure.mustache"), secret);

        assertThatThrownBy(() -> new HtmlRenderer().prepare(RenderOptions.builder().templateDirectory(inner).build()))
                .isInstanceOf(TemplateException.class).hasMessageContaining("leads outside");
    }

    @Test
    void namesAMissingPartial() throws IOException {
        template("page.mustache", "{{> sidebar}}\n");

        assertThatThrownBy(() -> new HtmlRenderer().prepare(RenderOptions.builder().templateDirectory(folder).build()))
                .isInstanceOf(TemplateException.class).hasMessageContaining("sidebar.mustache")
                .hasMessageContaining("templates from " + folder);
    }

    @Test
    void compilesEachThemeAndOverrideSetOnceAndKeepsIt() throws IOException {
        Path figure = template("figure.mustache", "<figure class=\"first\"></figure>\n");
        RenderOptions overridden = RenderOptions.builder().templateDirectory(folder).build();
        HtmlRenderer renderer = new HtmlRenderer();

        render(renderer, overridden);
        Files.writeString(figure, "<figure class=\"second\"></figure>\n");
        Document again = render(renderer, overridden);
        render(renderer, RenderOptions.defaults());
        render(renderer, RenderOptions.builder().theme("print").build());
        render(renderer, RenderOptions.defaults());

        assertThat(again.select("figure.first")).as("compiled once, not per document").hasSize(1);
        assertThat(renderer.compiledTemplateSets()).isEqualTo(3);
        assertThat(render(new HtmlRenderer(), overridden).select("figure.second")).as("a new renderer reads again").hasSize(1);
    }

    @Test
    void templatesUseLabelsAUserAdds() throws IOException {
        template("footer.mustache", "<footer><p class=\"subscribe\">{{labels.subscribe}}</p></footer>\n");
        Article esperanto = ARTICLE.toBuilder().language("eo").tag("pramoj").build();

        Document page = Jsoup.parse(new HtmlRenderer().renderToString(esperanto,
                RenderOptions.builder().theme("print").templateDirectory(folder).build()));

        assertThat(page.select(".subscribe").text()).isEqualTo("Abonu");
        assertThat(page.select(".dateline .source").text()).isEqualTo("Fonto: The Coastal Courier");
        assertThat(page.select("figure .credit").text()).isEqualTo("Foto: Jonas Eklöf");
        assertThat(page.select("button[data-action=print]").text()).as("missing labels fall back to English")
                .isEqualTo("Print");
    }
}
