package io.github.broadsheet.benchmarks;

import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openpdf.text.pdf.BaseFont;

/**
 * The HTML-to-PDF engines a Java user would pick instead, each rendering the same article
 * ({@link PeerPage#xhtml}) with the same Liberation fonts embedded, set up the way their
 * documentation suggests for repeated use: fonts registered from memory or from files read once,
 * font metrics cached where the engine offers a cache.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PeerPdfBenchmarks {

    /** The article: the sample ×1, ×10 or ×100 body, or {@code seed} for the real seed. */
    @Param({"1", "10", "100"})
    public String size;

    private String xhtml;
    private final List<byte[]> fontBytes = new ArrayList<>();
    private final List<String> fontFiles = new ArrayList<>();
    private final FSDefaultCacheStore metrics = new FSDefaultCacheStore();
    private Path fontFolder;

    /** Builds the page and gets the fonts ready. */
    @Setup
    public void setUp() throws IOException {
        // No logging in the timed code: openhtmltopdf and Flying Saucer log font loading at INFO.
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        org.xhtmlrenderer.util.XRLog.setLoggingEnabled(false);
        xhtml = PeerPage.xhtml(Sample.of(size).article());
        fontFolder = Files.createTempDirectory("broadsheet-bench-fonts");
        for (PeerPage.Face face : PeerPage.FACES) {
            fontBytes.add(face.bytes());
            fontFiles.add(face.writeTo(fontFolder).toString());
        }
    }

    /** Deletes the font files. */
    @TearDown
    public void tearDown() throws IOException {
        try (Stream<Path> files = Files.walk(fontFolder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /** {@return the PDF from openhtmltopdf (PDFBox), fonts from memory, subset, metrics cached} */
    @Benchmark
    public byte[] openHtmlToPdf() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, metrics);
        for (int i = 0; i < PeerPage.FACES.size(); i++) {
            PeerPage.Face face = PeerPage.FACES.get(i);
            byte[] bytes = fontBytes.get(i);
            builder.useFont(() -> new ByteArrayInputStream(bytes), face.family(), face.weight(),
                    face.italic() ? BaseRendererBuilder.FontStyle.ITALIC : BaseRendererBuilder.FontStyle.NORMAL, true);
        }
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        builder.run();
        return out.toByteArray();
    }

    /** {@return the PDF from Flying Saucer on OpenPDF, fonts embedded (Identity-H)} */
    @Benchmark
    public byte[] flyingSaucer() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        org.xhtmlrenderer.pdf.ITextRenderer renderer = new org.xhtmlrenderer.pdf.ITextRenderer();
        for (String file : fontFiles) {
            renderer.getFontResolver().addFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        }
        renderer.setDocumentFromString(xhtml);
        renderer.layout();
        renderer.createPDF(out);
        return out.toByteArray();
    }

    /** {@return the PDF from OpenPDF's own openpdf-html, fonts embedded (Identity-H)} */
    @Benchmark
    public byte[] openPdfHtml() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        org.openpdf.pdf.ITextRenderer renderer = new org.openpdf.pdf.ITextRenderer();
        for (String file : fontFiles) {
            renderer.getFontResolver().addFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        }
        renderer.setDocumentFromString(xhtml);
        renderer.layout();
        renderer.createPDF(out);
        return out.toByteArray();
    }

    /**
     * Writes the PDF of each engine, Broadsheet's included, for one size, so that {@code pdffonts}
     * can show which fonts each embeds: {@code java -cp benchmarks.jar
     * io.github.broadsheet.benchmarks.PeerPdfBenchmarks FOLDER [SIZE]}.
     *
     * @param args the folder, then the size (default 1)
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: PeerPdfBenchmarks FOLDER [SIZE]");
            System.exit(2);
        }
        Path folder = Files.createDirectories(Path.of(args[0]));
        PeerPdfBenchmarks peers = new PeerPdfBenchmarks();
        peers.size = args.length > 1 ? args[1] : "1";
        peers.setUp();
        BroadsheetBenchmarks ours = new BroadsheetBenchmarks();
        ours.size = peers.size;
        ours.setUp();
        try {
            Files.write(folder.resolve("broadsheet.pdf"), ours.renderPdf());
            Files.write(folder.resolve("openhtmltopdf.pdf"), peers.openHtmlToPdf());
            Files.write(folder.resolve("flying-saucer.pdf"), peers.flyingSaucer());
            Files.write(folder.resolve("openpdf-html.pdf"), peers.openPdfHtml());
            Files.writeString(folder.resolve("peers.xhtml"), peers.xhtml);
        } finally {
            peers.tearDown();
        }
        System.out.println(folder);
    }
}
