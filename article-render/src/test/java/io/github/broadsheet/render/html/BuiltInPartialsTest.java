package io.github.broadsheet.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.broadsheet.model.Article;
import io.github.broadsheet.model.Emphasis;
import io.github.broadsheet.model.Figure;
import io.github.broadsheet.model.Link;
import io.github.broadsheet.model.ListBlock;
import io.github.broadsheet.model.ListItem;
import io.github.broadsheet.model.Paragraph;
import io.github.broadsheet.model.Quote;
import io.github.broadsheet.model.Text;
import io.github.broadsheet.printtext.PrintTextParser;
import io.github.broadsheet.render.HostileArticles;
import io.github.broadsheet.render.RenderOptions;
import io.github.broadsheet.render.RenderResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shared body templates written in Java ({@link BuiltInPartials}) write exactly what the
 * templates write: every fixture, the hostile corpus, a few hundred generated hostile articles and
 * the seed are rendered both ways, in both themes, and the pages and warnings compared.
 */
class BuiltInPartialsTest {

    private static final HtmlRenderer IN_JAVA = new HtmlRenderer();
    private static final HtmlRenderer TEMPLATES_ONLY = new HtmlRenderer(false);
    private static final Path SEED_TEXT = Path.of("../../shared/seeds/000_5ae52f0738207d1a.txt");
    private static final long GENERATED_SEED = 0x5EED_7A11L;
    private static final int GENERATED = 300;

    /** A folder with a copy of every shared template: overrides that change nothing. */
    @TempDir
    static Path copies;

    @BeforeAll
    static void copySharedTemplates() throws IOException {
        for (String name : new String[] {"block", "paragraph", "heading", "figure", "quote", "list", "inline", "text",
                "emphasis", "strong", "link", "linebreak"}) {
            try (InputStream in = BuiltInPartialsTest.class.getResourceAsStream(
                    "/" + TemplateSet.THEMES + TemplateSet.BASE + "/" + name + ".mustache")) {
                assertThat(in).as("shared template %s", name).isNotNull();
                Files.write(copies.resolve(name + ".mustache"), in.readAllBytes());
            }
        }
    }

    static Stream<Arguments> articles() {
        Stream<Fixtures.Named> fixtures = Stream.concat(Fixtures.all().stream(), Fixtures.read(Fixtures.HOSTILE).stream());
        HostileArticles hostile = new HostileArticles(GENERATED_SEED);
        Stream<Fixtures.Named> generated = IntStream.range(0, GENERATED)
                .mapToObj(i -> new Fixtures.Named("generated-" + i, hostile.article()));
        return Stream.concat(fixtures, generated).flatMap(n -> HtmlRenderer.THEMES.stream()
                .map(theme -> Arguments.of(n.name(), theme, n.article())));
    }

    private record Rendered(String html, RenderResult result) {}

    private static Rendered render(HtmlRenderer renderer, Article article, RenderOptions options) {
        StringWriter out = new StringWriter();
        RenderResult result = renderer.render(article, options, out);
        return new Rendered(out.toString(), result);
    }

    private static void assertSamePage(String name, String theme, Article article) {
        RenderOptions options = RenderOptions.builder().theme(theme).build();
        Rendered expected = render(TEMPLATES_ONLY, article, options);

        Rendered actual = render(IN_JAVA, article, options);
        Rendered throughString = new Rendered(IN_JAVA.renderToString(article, options), actual.result());

        assertThat(actual.html()).as("%s in the %s theme", name, theme).isEqualTo(expected.html());
        assertThat(throughString.html()).as("%s in the %s theme, as a string", name, theme).isEqualTo(expected.html());
        assertThat(actual.result()).isEqualTo(expected.result());
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("articles")
    void writesWhatTheTemplatesWrite(String name, String theme, Article article) {
        assertSamePage(name, theme, article);
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("articles")
    void copiesOfTheSharedTemplatesInAnOverrideFolderWriteTheSamePage(String name, String theme, Article article) {
        RenderOptions copied = RenderOptions.builder().theme(theme).templateDirectory(copies).build();

        String page = render(IN_JAVA, article, copied).html();

        assertThat(page).as("%s in the %s theme", name, theme)
                .isEqualTo(render(IN_JAVA, article, RenderOptions.builder().theme(theme).build()).html());
    }

    @Test
    void writesWhatTheTemplatesWriteForTheSeedTextAsParsed() throws IOException {
        assumeTrue(Files.isRegularFile(SEED_TEXT), "the seed is in ../shared/seeds");
        Article seed = PrintTextParser.standard().parse(Files.readString(SEED_TEXT), "seed.txt").article();

        for (String theme : HtmlRenderer.THEMES) {
            assertSamePage("the seed", theme, seed);
        }
    }

    @Test
    void writesWhatTheTemplatesWriteForTextsThatCleaningEmpties() {
        // A section of an empty text shows nothing in Mustache: a title, caption or attribution of
        // noncharacters only is cleaned to "" and its section left out.
        String nothing = "\uFFFE\uFDD0";
        Article article = Article.builder().title("Edge cases")
                .add(new Paragraph(List.of(new Text(nothing), new Link("https://harbour.example", Optional.of(nothing),
                        List.of(new Text("the harbour"))), new Emphasis(List.of(new Text(nothing))))))
                .add(Figure.builder().src("pier.jpg").alt(nothing).caption(nothing).credit("Jonas").build())
                .add(Figure.builder().caption(nothing).build())
                .add(new Quote(List.of(new Text(nothing)), Optional.of(nothing)))
                .add(new ListBlock(true, List.of(new ListItem(List.of(new Text(nothing))))))
                .build();

        for (String theme : HtmlRenderer.THEMES) {
            assertSamePage("edge cases", theme, article);
        }
    }

    @Test
    void writesEverySharedBodyTemplateInJavaWhenNoneIsOverridden() {
        for (String theme : HtmlRenderer.THEMES) {
            assertThat(inJava(theme, Optional.empty())).containsExactlyInAnyOrder(BuiltInPartials.values());
        }
        assertThat(inJava("minimal", Optional.empty())).as("a whole theme that uses the shared body templates")
                .containsExactlyInAnyOrder(BuiltInPartials.values());
    }

    @Test
    void runsTheTemplateOfAnOverriddenPartialAndOfEveryPartialThatCallsIt(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("figure.mustache"), "<figure class=\"mine\"></figure>\n");
        assertThat(inJava("article", Optional.of(folder))).as("figure overridden")
                .isEqualTo(EnumSet.of(BuiltInPartials.PARAGRAPH, BuiltInPartials.HEADING, BuiltInPartials.QUOTE,
                        BuiltInPartials.LIST, BuiltInPartials.INLINE));

        Files.delete(folder.resolve("figure.mustache"));
        Files.writeString(folder.resolve("link.mustache"), "<a class=\"mine\" href=\"{{href}}\">{{#content}}{{> inline}}{{/content}}</a>\n");
        assertThat(inJava("print", Optional.of(folder))).as("link overridden").isEqualTo(EnumSet.of(BuiltInPartials.FIGURE));

        Files.delete(folder.resolve("link.mustache"));
        Files.writeString(folder.resolve("block.mustache"), "{{#paragraph}}<div>{{> paragraph}}</div>{{/paragraph}}\n");
        assertThat(inJava("print", Optional.of(folder))).as("block overridden")
                .isEqualTo(EnumSet.complementOf(EnumSet.of(BuiltInPartials.BLOCK)));
    }

    private static Set<BuiltInPartials> inJava(String theme, Optional<Path> folder) {
        return TemplateSet.compile(new TemplateSet.Key(theme, folder, Optional.empty()), true).inJava();
    }
}
