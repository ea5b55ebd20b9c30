package io.github.broadsheet.render.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.model.Article;
import io.github.broadsheet.model.Figure;
import io.github.broadsheet.model.Inline;
import io.github.broadsheet.model.LineBreak;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlainTextRendererTest {

    private static final PlainTextRenderer RENDERER = new PlainTextRenderer();

    private static String render(Article article, int width) {
        return RENDERER.renderToString(article, RenderOptions.builder().textWidth(width).build());
    }

    private static Article.Builder titled() {
        return Article.builder().title("Tide tables");
    }

    @Test
    void isTheTextFormat() {
        assertThat(RENDERER.format()).isEqualTo(new OutputFormat("text", "text/plain", "txt", false));
    }

    @Test
    void underlinesTheTitleAndPutsTheSourceLineUnderIt() {
        Article article = Article.builder()
                .title("Lighthouse keeper retires after forty winters on Gull Point")
                .subtitle("The lamp goes automatic in May")
                .source("The Breakwater Bulletin")
                .author("Ilse Varga")
                .author("Ot Brand")
                .published(PublicationDate.parse("2026-04-02"))
                .heading(2, "Forty winters")
                .paragraph("He climbed the steps twice a night, whatever the weather did.")
                .build();

        assertThat(render(article, 40)).isEqualTo("""
                Lighthouse keeper retires after forty
                winters on Gull Point
                =====================================

                The lamp goes automatic in May

                The Breakwater Bulletin · By Ilse Varga
                and Ot Brand · April 2, 2026

                Forty winters
                -------------

                He climbed the steps twice a night,
                whatever the weather did.
                """);
    }

    @Test
    void underlinesCjkTitlesToTheirDisplayWidth() {
        assertThat(render(Article.builder().title("夜市重开").build(), 72)).isEqualTo("夜市重开\n========\n");
    }

    @Test
    void writesLinksAsTextAndTargetUnlessTheTextIsTheTarget() {
        Article article = titled().add(Paragraph.of(Inline.text("See the "), Inline.link("https://tide.example/n", "north table"),
                Inline.text(" or "), Inline.link("https://tide.example", "https://tide.example"), Inline.text("."))).build();

        assertThat(render(article, 72)).endsWith("""

                See the north table <https://tide.example/n> or https://tide.example.
                """);
    }

    @Test
    void dropsEmphasisAndKeepsItsText() {
        Article article = titled().add(Paragraph.of(Inline.text("It is "), Inline.strong(Inline.emphasis("very")),
                Inline.text(" low."))).build();

        assertThat(render(article, 72)).endsWith("\nIt is very low.\n");
    }

    @Test
    void writesAFigureAsCaptionThenCreditLine() {
        Article article = titled()
                .add(Figure.builder().src("gulls.jpg").caption("Gulls wait for the boats.").credit("Ana Ruiz").build())
                .add(Figure.ofCredit("Li Wen"))
                .add(Figure.builder().src("pier.jpg").alt("An empty pier").build())
                .build();

        assertThat(render(article, 72)).endsWith("""

                Gulls wait for the boats.
                [Photo: Ana Ruiz]

                [Photo: Li Wen]

                An empty pier
                [Photo]
                """);
    }

    @Test
    void indentsQuotesWithTheAttributionUnderThem() {
        Article article = titled().add(new Quote(List.of(new Text("The sea takes what it wants and gives back less.")),
                Optional.of("a harbour master"))).build();

        assertThat(render(article, 28)).endsWith("""

                    The sea takes what it
                    wants and gives back
                    less.
                    — a harbour master
                """);
    }

    @Test
    void hangsListItemsUnderTheirFirstWord() {
        List<ListItem> items = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            items.add(ListItem.of(i == 10 ? "the tenth item wraps under its first word" : "item"));
        }
        Article article = titled().add(new ListBlock(true, items)).add(ListBlock.unordered("a bullet that also wraps onto the next line"))
                .build();

        assertThat(render(article, 24)).endsWith("""
                9. item
                10. the tenth item wraps
                    under its first word

                - a bullet that also
                  wraps onto the next
                  line
                """);
    }

    @Test
    void breaksLinesAtLineBreaksAndSwallowsExtraWhitespace() {
        Article article = titled().add(Paragraph.of(new Text("High water\tat  six."), LineBreak.INSTANCE, LineBreak.INSTANCE,
                new Text("Low water at noon."))).build();

        assertThat(render(article, 72)).endsWith("\nHigh water at six.\nLow water at noon.\n");
    }

    @Test
    void wrapsCjkParagraphsAtTheWidthInColumns() {
        Article article = Article.builder().title("夜市").add(Paragraph.of("周六晚上七点，河边停车场的灯一亮，三百多个摊位同时开张。"))
                .build();

        assertThat(render(article, 20)).isEqualTo("""
                夜市
                ====

                周六晚上七点，河边停
                车场的灯一亮，三百多
                个摊位同时开张。
                """);
    }

    @Test
    void showsControlCharactersAsSymbolsAndSaysSo() {
        Article article = titled().add(Paragraph.of("bell\u0007 and escape\u001B[31m and\u0085next")).build();
        StringWriter out = new StringWriter();

        RenderResult result = RENDERER.render(article, RenderOptions.defaults(), out);

        assertThat(out.toString()).endsWith("\nbell␇ and escape␛[31m and\uFFFDnext\n").doesNotContain("\u001B");
        assertThat(result.warnings()).containsExactly(new RenderWarning("body[0]", "wrote 3 control characters as visible symbols"));
    }

    @Test
    void labelsFollowTheOptionsLocaleElseTheArticlesLanguage() {
        Article article = Article.builder().title("渡轮停航").language("zh").author("王芳").add(Figure.ofCredit("李文"))
                .add(Quote.of("风太大了。", "船长")).build();

        assertThat(render(article, 72)).isEqualTo("""
                渡轮停航
                ========

                作者：王芳

                [图：李文]

                    风太大了。
                    ——船长
                """);
        assertThat(RENDERER.renderToString(article, RenderOptions.builder().locale(Locale.ENGLISH).build()))
                .contains("\nBy 王芳\n", "\n[Photo: 李文]\n", "\n    — 船长\n");
    }
}
