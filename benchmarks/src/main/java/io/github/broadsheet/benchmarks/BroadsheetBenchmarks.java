package io.github.broadsheet.benchmarks;

import io.github.broadsheet.json.ArticleJson;
import io.github.broadsheet.model.Article;
import io.github.broadsheet.pdf.PdfRenderer;
import io.github.broadsheet.printtext.PrintTextParser;
import io.github.broadsheet.render.RenderOptions;
import io.github.broadsheet.render.RenderResult;
import io.github.broadsheet.render.html.HtmlRenderer;
import io.github.broadsheet.render.markdown.MarkdownRenderer;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Broadsheet's own work on one article, each operation with a renderer or parser built once, as
 * an application would hold it. Time is per article; {@code -prof gc} adds allocation per article.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BroadsheetBenchmarks {

    /** The article: the sample ×1, ×10 or ×100 body, or {@code seed} for the real seed. */
    @Param({"1", "10", "100"})
    public String size;

    private Sample sample;
    private final PrintTextParser printText = PrintTextParser.standard();
    private final ArticleJson json = ArticleJson.standard();
    private final HtmlRenderer html = new HtmlRenderer();
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final PdfRenderer pdf = new PdfRenderer();
    private final PdfRenderer pdfa = PdfRenderer.builder().pdfa(true).build();
    private final RenderOptions articleTheme = RenderOptions.builder().theme(RenderOptions.ARTICLE_THEME).build();
    private final RenderOptions printTheme = RenderOptions.builder().theme(RenderOptions.PRINT_THEME).build();
    private final RenderOptions defaults = RenderOptions.defaults();

    /** Makes the article and the renderers ready, so the first measured call renders only. */
    @Setup
    public void setUp() {
        sample = Sample.of(size);
        html.prepare(articleTheme);
        html.prepare(printTheme);
    }

    /** {@return the article read from print-view text} */
    @Benchmark
    public Article parsePrintText() {
        return printText.parse(sample.printText(), "sample.txt").article();
    }

    /** {@return the article read from its canonical JSON} */
    @Benchmark
    public Article parseJson() {
        return json.parse(sample.json(), "sample.json").article();
    }

    /** {@return the article's canonical JSON, as UTF-8} */
    @Benchmark
    public byte[] writeJson() {
        return json.toBytes(sample.article());
    }

    /** {@return the web page} */
    @Benchmark
    public String renderHtmlArticle() {
        return html.renderToString(sample.article(), articleTheme);
    }

    /** {@return the print view} */
    @Benchmark
    public String renderHtmlPrint() {
        return html.renderToString(sample.article(), printTheme);
    }

    /** {@return the Markdown} */
    @Benchmark
    public String renderMarkdown() {
        return markdown.renderToString(sample.article(), defaults);
    }

    /** {@return the PDF with the default options (A4, Liberation fonts embedded as subsets)} */
    @Benchmark
    public byte[] renderPdf() {
        return pdf(pdf);
    }

    /** {@return the PDF/A-2b} */
    @Benchmark
    public byte[] renderPdfA() {
        return pdf(pdfa);
    }

    private byte[] pdf(PdfRenderer renderer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        RenderResult result = renderer.render(sample.article(), defaults, out);
        if (!result.warnings().isEmpty()) {
            throw new IllegalStateException("PDF warnings: " + result.warnings());
        }
        return out.toByteArray();
    }
}
