package io.github.broadsheet.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.json.ArticleJson;
import io.github.broadsheet.model.Article;
import io.github.broadsheet.model.ListBlock;
import io.github.broadsheet.parse.Articles;
import io.github.broadsheet.parse.ParseResult;
import io.github.broadsheet.printtext.PrintTextParser;
import io.github.broadsheet.render.RenderOptions;
import io.github.broadsheet.render.RenderResult;
import io.github.broadsheet.pdf.PageSize;
import io.github.broadsheet.pdf.PdfRenderer;
import io.github.broadsheet.render.html.HtmlRenderer;
import io.github.broadsheet.render.markdown.MarkdownRenderer;
import io.github.broadsheet.render.text.PlainTextRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's first code example is the code between the markers below, so it compiles with
 * this test and runs in it; the test fails when the README and this code drift apart.
 * Surefire runs this module's tests in the repository root, where the README's paths hold.
 */
class ReadmeSnippetTest {

    @Test
    void readmeExampleRunsAndDoesWhatItsCommentsSay() {
        // README-START
        Article article = Article.builder()
                .title("Harbour ferries return after the storm")
                .source("The Coastal Courier")
                .author("Mara Lindqvist")
                .published(LocalDate.of(2026, 3, 14))
                .paragraph("The first boat left the north pier at six, half full and an hour late.")
                .heading(2, "Timetable")
                .add(ListBlock.unordered("Weekdays: every 40 minutes", "Sundays: every hour"))
                .build();

        String json = ArticleJson.standard().write(article);         // canonical JSON
        Article again = ArticleJson.standard().read(json);           // again.equals(article)

        ParseResult result = Articles.read(Path.of("examples/samples/tide-mill.json")); // by extension or content
        result.diagnostics().forEach(System.err::println);           // what was dropped or guessed
        // README-END

        assertThat(again).isEqualTo(article);
        assertThat(json).startsWith("{\n  \"title\": \"Harbour ferries return after the storm\"");
        assertThat(result.article().title()).isEqualTo("Restored tide mill grinds its first flour in ninety years");
        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void readmePrintTextExampleRunsAndDoesWhatItsCommentsSay() {
        // README-START
        PrintTextParser parser = PrintTextParser.builder().dayFirst(true).build(); // immutable, thread-safe
        ParseResult result = parser.parse(Path.of("examples/samples/gullhaven-ferry.txt"));
        String json = ArticleJson.standard().write(result.article());               // published: 2024-03-09
        // README-END

        assertThat(result.article().title()).isEqualTo("Gullhaven ferry moves to a winter timetable");
        assertThat(json).contains("\"published\": \"2024-03-09\"");
        assertThat(result.article().body()).hasSize(8);
    }

    @Test
    void readmeHtmlExampleRendersThePrintViewWithTheFolderTemplate() {
        // README-START
        Article article = Articles.read(Path.of("examples/samples/tool-library.json")).article();
        HtmlRenderer html = new HtmlRenderer();                                  // thread-safe: make one, keep it
        RenderOptions options = RenderOptions.builder()
                .theme("print")                                                  // or "article", the default
                .templateDirectory(Path.of("examples/templates/credit-first"))   // figure.mustache replaces the theme's
                .build();
        StringWriter page = new StringWriter();
        RenderResult result = html.render(article, options, page);
        result.warnings().forEach(System.err::println);                          // body[3].content[1]: dropped …
        // README-END

        assertThat(page.toString()).startsWith("<!DOCTYPE html>").contains(article.title());
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void readmeMarkdownAndTextExampleWritesBothFormats() {
        // README-START
        Article article = Articles.read(Path.of("examples/samples/tide-mill.json")).article();
        String markdown = new MarkdownRenderer().renderToString(article);
        String text = new PlainTextRenderer().renderToString(article,
                RenderOptions.builder().textWidth(60).build());
        // README-END

        assertThat(markdown).startsWith("---\n").contains("# Restored tide mill grinds its first flour in ninety years");
        assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(60));
        assertThat(text).startsWith("Restored tide mill grinds its first flour in ninety years\n");
    }

    @Test
    void readmePdfExampleRendersLetterPdfA() {
        // README-START
        Article article = Articles.read(Path.of("examples/samples/tide-mill.json")).article();
        PdfRenderer renderer = PdfRenderer.builder()                  // immutable, thread-safe: build once
                .pageSize(PageSize.LETTER)
                .pdfa(true)                                           // PDF/A-2b, for archives
                .build();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        RenderResult result = renderer.render(article, RenderOptions.defaults(), pdf);
        result.warnings().forEach(System.err::println);               // characters no font has, images not loaded
        // README-END

        assertThat(new String(pdf.toByteArray(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(new String(pdf.toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1))
                .contains("pdfaid:part").contains("/MediaBox[0 0 612 792]");
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void readmeShowsExactlyTheCodeThisTestRuns() throws IOException {
        String source = Files.readString(Path.of("examples/src/test/java/io/github/broadsheet/examples/ReadmeSnippetTest.java"));
        List<String> snippets = new ArrayList<>();
        Matcher marked = Pattern.compile("// README-START\\n(.*?)\\n\\s*// README-END", Pattern.DOTALL).matcher(source);
        while (marked.find()) {
            List<String> lines = marked.group(1).lines().toList();
            int indent = lines.stream().filter(l -> !l.isBlank())
                    .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
            snippets.add(String.join("\n", lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).toList()));
        }

        String readme = Files.readString(Path.of("README.md"));
        List<String> blocks = new ArrayList<>();
        Matcher block = Pattern.compile("```java\\n(.*?)\\n```", Pattern.DOTALL).matcher(readme);
        while (block.find()) {
            blocks.add(block.group(1));
        }

        // Every Java block of the README is code this test compiles and runs, in the same order.
        assertThat(blocks).isEqualTo(snippets);
    }
}
