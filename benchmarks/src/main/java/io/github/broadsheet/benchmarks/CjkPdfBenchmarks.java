package io.github.broadsheet.benchmarks;

import io.github.broadsheet.model.Article;
import io.github.broadsheet.pdf.PdfRenderer;
import io.github.broadsheet.printtext.PrintTextParser;
import io.github.broadsheet.render.RenderOptions;
import io.github.broadsheet.render.RenderResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The PDF of the Chinese sample ({@code examples/samples/granary-night-market.txt}, copied into
 * this jar by the build), whose text is set in a Noto CJK face found on the system and embedded as
 * a subset. It has no {@code size} parameter: one article, as it is. Without Noto CJK
 * ({@code fonts-noto-cjk} on Debian) the setup fails rather than time a PDF of missing glyphs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CjkPdfBenchmarks {

    /** The Chinese sample's file name, beside {@code gullhaven-ferry.txt} in the jar. */
    static final String RESOURCE = "granary-night-market.txt";

    private final PdfRenderer pdf = new PdfRenderer();
    private final RenderOptions defaults = RenderOptions.defaults();
    private Article article;

    /** Reads the article and renders it once, so the CJK face is loaded before the first measured call. */
    @Setup
    public void setUp() {
        article = article();
        renderPdf();
    }

    /** {@return the Chinese sample, parsed} */
    static Article article() {
        try (InputStream in = CjkPdfBenchmarks.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the benchmarks jar");
            }
            return PrintTextParser.standard().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE)
                    .article();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@return the PDF with the default options: Liberation and Noto CJK subsets embedded} */
    @Benchmark
    public byte[] renderPdf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        RenderResult result = pdf.render(article, defaults, out);
        if (!result.warnings().isEmpty()) {
            throw new IllegalStateException("PDF warnings (is Noto CJK installed?): " + result.warnings());
        }
        return out.toByteArray();
    }
}
