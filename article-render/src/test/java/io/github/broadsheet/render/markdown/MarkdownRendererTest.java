package io.github.broadsheet.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.model.Article;
import io.github.broadsheet.model.Block;
import io.github.broadsheet.model.Figure;
import io.github.broadsheet.model.Heading;
import io.github.broadsheet.model.Inline;
import io.github.broadsheet.model.LineBreak;
import io.github.broadsheet.model.Link;
import io.github.broadsheet.model.ListBlock;
import io.github.broadsheet.model.ListItem;
import io.github.broadsheet.model.Paragraph;
import io.github.broadsheet.model.PublicationDate;
import io.github.broadsheet.model.Quote;
import io.github.broadsheet.model.Text;
import io.github.broadsheet.render.OutputFormat;
import io.github.broadsheet.render.RenderOptions;
import io.github.broadsheet.render.RenderResult;
import io.github.broadsheet.render.RenderWarning;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private static final MarkdownRenderer BODY_ONLY = MarkdownRenderer.builder().frontMatter(false).header(false).build();

    /** {@return the Markdown of an article titled "Tide tables" with this body, without front matter or header} */
    private static String body(Block... blocks) {
        return BODY_ONLY.renderToString(Article.builder().title("Tide tables").body(List.of(blocks)).build());
    }

    private static String paragraph(Inline... content) {
        return body(Paragraph.of(content));
    }

    @Test
    void isTheMarkdownFormat() {
        assertThat(new MarkdownRenderer().format()).isEqualTo(new OutputFormat("markdown", "text/markdown", "md", false));
    }

    @Test
    void writesFrontMatterThenTheTitleAndSourceLineThenTheBody() {
        Article article = Article.builder()
                .title("Lighthouse keeper retires after forty winters")
                .subtitle("The lamp on Gull Point goes automatic in May")
                .source("The Breakwater Bulletin")
                .author("Ilse Varga")
                .published(PublicationDate.parse("2026-04-02"))
                .language("en")
                .url("https://breakwater.example/keeper")
                .section("People")
                .tag("lighthouses")
                .tag("no") // would read as false unquoted
                .heading(1, "Forty winters")
                .paragraph("He climbed the 112 steps twice a night.")
                .build();

        assertThat(new MarkdownRenderer().renderToString(article)).isEqualTo("""
                ---
                title: "Lighthouse keeper retires after forty winters"
                subtitle: "The lamp on Gull Point goes automatic in May"
                source: "The Breakwater Bulletin"
                authors:
                  - "Ilse Varga"
                published: "2026-04-02"
                language: "en"
                url: "https://breakwater.example/keeper"
                section: "People"
                tags:
                  - "lighthouses"
                  - "no"
                ---

                # Lighthouse keeper retires after forty winters

                *The lamp on Gull Point goes automatic in May*

                The Breakwater Bulletin · By Ilse Varga · April 2, 2026

                ## Forty winters

                He climbed the 112 steps twice a night.
                """);
    }

    @Test
    void frontMatterDoubleQuotesAndEscapesEveryScalar() {
        Article article = Article.builder()
                .title("2026-04-02")
                .subtitle("# not a comment: \"quoted\" \\ back")
                .source("line one\nline two\ttabbed\u0007bell\u2028separator\uFEFF")
                .author("- not a list")
                .build();

        assertThat(MarkdownRenderer.builder().header(false).build().renderToString(article)).isEqualTo("""
                ---
                title: "2026-04-02"
                subtitle: "# not a comment: \\"quoted\\" \\\\ back"
                source: "line one\\nline two\\ttabbed\\u0007bell\\u2028separator\\uFEFF"
                authors:
                  - "- not a list"
                ---
                """);
    }

    @Test
    void escapesWhatWouldStartABlockAtTheStartOfALine() {
        assertThat(body(
                Paragraph.of("# not a heading"),
                Paragraph.of("> not a quote"),
                Paragraph.of("- not a list"),
                Paragraph.of("+ not a list"),
                Paragraph.of("2026. A year, not a list"),
                Paragraph.of("3) nor this"),
                Paragraph.of("==="),
                Paragraph.of(Inline.text("first line"), Inline.lineBreak(), Inline.text("--- not a rule"))))
                .isEqualTo("""
                        \\# not a heading

                        \\> not a quote

                        \\- not a list

                        \\+ not a list

                        2026\\. A year, not a list

                        3\\) nor this

                        \\===

                        first line\\
                        \\--- not a rule
                        """);
    }

    @Test
    void escapesInlineSyntaxWhereverItIs() {
        assertThat(paragraph(Inline.text("a *b* _c_ `d` [e](f) <g> &amp; | ~~h~~ \\ # > - 1. ![i]")))
                .isEqualTo("a \\*b\\* \\_c\\_ \\`d\\` \\[e\\](f) \\<g> \\&amp; \\| \\~\\~h\\~\\~ \\\\ # > - 1. !\\[i\\]\n");
    }

    @Test
    void escapesAnExclamationMarkBeforeALink() {
        assertThat(paragraph(Inline.text("Wow!"), Inline.link("https://gull.example", "gulls")))
                .isEqualTo("Wow\\![gulls](https://gull.example)\n");
    }

    @Test
    void writesWhitespaceAReaderWouldStripAsCharacterReferences() {
        assertThat(paragraph(Inline.text("    indented, not code  "))).isEqualTo("&#32;   indented, not code &#32;\n");
        assertThat(paragraph(Inline.text("\ttab"))).isEqualTo("&#9;tab\n");
    }

    @Test
    void writesLineEndingsAndControlCharactersInsideTextAsReferences() {
        assertThat(paragraph(Inline.text("one\r\ntwo\u0001three"))).isEqualTo("one&#13;&#10;two&#1;three\n");
    }

    @Test
    void movesSpacesAtTheEdgesOfEmphasisOutsideIt() {
        assertThat(paragraph(Inline.text("the"), Inline.emphasis(" calm "), Inline.text("sea")))
                .isEqualTo("the *calm* sea\n");
    }

    @Test
    void dropsEmphasisOfNothingButWhitespace() {
        assertThat(paragraph(Inline.text("a"), Inline.strong(" "), Inline.text("b"))).isEqualTo("a b\n");
    }

    @Test
    void usesUnderscoresWhereAsterisksWouldMerge() {
        assertThat(paragraph(Inline.strong(Inline.emphasis("both")))).isEqualTo("__*both*__\n");
        assertThat(paragraph(Inline.emphasis(Inline.emphasis("twice")))).isEqualTo("_*twice*_\n");
        assertThat(paragraph(Inline.emphasis("one"), Inline.emphasis("two"))).isEqualTo("*one*_two_\n");
    }

    @Test
    void emphasizesInsideWordsAndCjkText() {
        assertThat(paragraph(Inline.text("un"), Inline.emphasis("believ"), Inline.text("able")))
                .isEqualTo("un*believ*able\n");
        assertThat(paragraph(Inline.text("夜市将在"), Inline.strong("每周五"), Inline.text("营业")))
                .isEqualTo("夜市将在**每周五**营业\n");
    }

    @Test
    void writesHtmlEmphasisWhereNoDelimiterWouldBeRecognised() {
        // a delimiter between a letter and punctuation cannot open: "a*(b)*" is not emphasis
        assertThat(paragraph(Inline.text("a"), Inline.emphasis("(b)"), Inline.text("c")))
                .isEqualTo("a<em>(b)</em>c\n");
        assertThat(paragraph(Inline.text("他说"), Inline.strong("「好」"), Inline.text("然后走了")))
                .isEqualTo("他说<strong>「好」</strong>然后走了\n");
    }

    @Test
    void writesLinkTargetsWithSpacesOrParenthesesInAngleBrackets() {
        assertThat(paragraph(Inline.link("https://tide.example/north pier (old)", "map")))
                .isEqualTo("[map](<https://tide.example/north pier (old)>)\n");
        assertThat(paragraph(new Link("https://tide.example/a\\b<c>", Optional.of("The \"old\" \\ map"),
                List.of(new Text("map")))))
                .isEqualTo("[map](<https://tide.example/a\\\\b\\<c\\>> \"The \\\"old\\\" \\\\ map\")\n");
        assertThat(paragraph(Inline.link("https://tide.example/?a=1&copy;", "map")))
                .isEqualTo("[map](https://tide.example/?a=1\\&copy;)\n");
    }

    @Test
    void writesHardBreaksAsBackslashesAndTrailingOnesAsBr() {
        assertThat(paragraph(Inline.text("one"), Inline.lineBreak(), Inline.text("two"), Inline.lineBreak()))
                .isEqualTo("one\\\ntwo<br>\n");
    }

    @Test
    void writesLineBreaksInHeadingsAsBrAndEscapesHashes() {
        assertThat(body(new Heading(2, List.of(new Text("High # water"), LineBreak.INSTANCE, new Text("at noon #")))))
                .isEqualTo("### High \\# water<br>at noon \\#\n");
    }

    @Test
    void putsBodyHeadingsOneLevelUnderTheTitle() {
        assertThat(body(Heading.of(1, "one"), Heading.of(2, "two"), Heading.of(4, "four"), Heading.of(5, "five"),
                Heading.of(6, "six"))).isEqualTo("""
                        ## one

                        ### two

                        ##### four

                        ###### five

                        ###### six
                        """);
    }

    @Test
    void writesAFigureAsImageCaptionAndCredit() {
        Figure full = Figure.builder().src("img/gulls on pier.jpg").alt("Gulls [three]").caption("Gulls wait for the \"catch\".")
                .credit("Ana Ruiz").build();

        assertThat(body(full)).isEqualTo("""
                ![Gulls \\[three\\]](<img/gulls on pier.jpg> "Gulls wait for the \\"catch\\".")

                Gulls wait for the "catch".\\
                *Photo: Ana Ruiz*
                """);
    }

    @Test
    void writesACreditOnlyFigureAsAnEmphasizedCreditLine() {
        assertThat(body(Figure.ofCredit("Li Wen"))).isEqualTo("*Photo: Li Wen*\n");
        Article chinese = Article.builder().title("码头").language("zh").add(Figure.ofCredit("李文")).build();
        assertThat(BODY_ONLY.renderToString(chinese)).isEqualTo("*图：李文*\n");
    }

    @Test
    void writesTheAltTextOfAFigureWithoutImageAsItsCaption() {
        assertThat(body(Figure.builder().alt("A gull on a post").build())).isEqualTo("A gull on a post\n");
    }

    @Test
    void writesQuotesWithTheirAttributionInTheQuote() {
        assertThat(body(new Quote(List.of(new Text("Low tide"), LineBreak.INSTANCE, new Text("at six.")),
                Optional.of("the harbour master")))).isEqualTo("""
                        > Low tide\\
                        > at six.
                        >
                        > — the harbour master
                        """);
    }

    @Test
    void writesListsWithHangingIndents() {
        ListBlock list = new ListBlock(true, List.of(
                ListItem.of("first"),
                ListItem.of(new Text("second"), LineBreak.INSTANCE, new Text("- still second"))));

        assertThat(body(list)).isEqualTo("""
                1. first
                2. second\\
                   \\- still second
                """);
    }

    @Test
    void changesTheMarkerOfAListRightAfterAListOfTheSameKind() {
        assertThat(body(ListBlock.unordered("a"), ListBlock.unordered("b"), ListBlock.unordered("c"),
                ListBlock.ordered("d"), ListBlock.ordered("e"))).isEqualTo("""
                        - a

                        * b

                        - c

                        1. d

                        1) e
                        """);
    }

    @Test
    void warnsAboutWhatMarkdownCannotCarry() {
        Article article = Article.builder().title("Nul\u0000 title")
                .add(Paragraph.of(LineBreak.INSTANCE))
                .add(Paragraph.of(Link.of("https://outer.example", Inline.text("see "), Link.of("https://inner.example", "inner"))))
                .build();
        StringWriter out = new StringWriter();

        RenderResult result = new MarkdownRenderer().render(article, RenderOptions.defaults(), out);

        assertThat(out.toString()).contains("# Nul\uFFFD title\n").contains("\n[see inner](https://outer.example)\n")
                .doesNotContain("inner.example\n");
        assertThat(result.warnings()).extracting(RenderWarning::path).containsExactly("title", "body[0]", "body[1]");
        assertThat(result.warnings()).extracting(RenderWarning::message).allSatisfy(m -> assertThat(m).isNotBlank());
        assertThat(result.warnings().get(2).message()).contains("https://inner.example");
    }

    @Test
    void leavesOutTheHeaderOrTheFrontMatterWhenAsked() {
        Article article = Article.builder().title("Quiet harbour").source("Bay News").paragraph("Nothing sailed.").build();

        assertThat(MarkdownRenderer.builder().header(false).build().renderToString(article)).isEqualTo("""
                ---
                title: "Quiet harbour"
                source: "Bay News"
                ---

                Nothing sailed.
                """);
        assertThat(MarkdownRenderer.builder().frontMatter(false).build().renderToString(article)).isEqualTo("""
                # Quiet harbour

                Bay News

                Nothing sailed.
                """);
    }

    @Test
    void labelsFollowTheOptionsLocale() {
        Article article = Article.builder().title("渡轮停航").language("zh").author("王芳").add(Figure.ofCredit("李文")).build();

        String markdown = MarkdownRenderer.builder().frontMatter(false).build()
                .renderToString(article, RenderOptions.builder().locale(Locale.ENGLISH).build());

        assertThat(markdown).contains("\nBy 王芳\n").contains("\n*Photo: 李文*\n");
    }

    @Test
    void emphasizesTheSubtitleWithItsSpacesOutside() {
        Article article = Article.builder().title("t").subtitle(" (spaced) ").build();

        assertThat(MarkdownRenderer.builder().frontMatter(false).build().renderToString(article))
                .isEqualTo("# t\n\n&#32;*(spaced)*&#32;\n");
    }
}
