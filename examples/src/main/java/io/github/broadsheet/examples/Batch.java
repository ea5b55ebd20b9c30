package io.github.broadsheet.examples;

import io.github.broadsheet.model.Article;
import io.github.broadsheet.parse.Articles;
import io.github.broadsheet.parse.ParserRegistry;
import io.github.broadsheet.render.ArticleRenderer;
import io.github.broadsheet.render.RenderOptions;
import io.github.broadsheet.render.RendererRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Renders a folder of articles to HTML on all processor cores, reporting progress as each one is
 * done. The point: parsers and renderers are immutable and thread-safe, so one renderer (and its
 * compiled templates) serves every thread. Run it from the repository root:
 * {@code java … io.github.broadsheet.examples.Batch [OUTPUT_FOLDER [INPUT_FOLDER]]}; the command
 * line does the same, and more, with {@code broadsheet convert FOLDER --to html -o OUTPUT_FOLDER}.
 */
public final class Batch {

    private Batch() {}

    /**
     * Renders every article file in a folder.
     *
     * @param args the folder to write to (default {@code batch-out}) and the folder of articles
     *     (default {@code examples/samples})
     * @throws IOException if the folders cannot be listed or created
     * @throws InterruptedException if interrupted while waiting for the threads
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        Path out = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "batch-out"));
        Path in = Path.of(args.length > 1 ? args[1] : "examples/samples");

        List<Path> files = articleFiles(in);
        ArticleRenderer html = RendererRegistry.defaultRegistry().expect("html"); // one instance for all threads
        RenderOptions options = RenderOptions.builder()                           // immutable: share it too
                .theme("print")
                .baseUrl(in.toAbsolutePath().toUri())                             // images/… next to the input
                .build();
        AtomicInteger done = new AtomicInteger();

        List<Future<Path>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors())) {
            for (Path file : files) {
                results.add(pool.submit(() -> {
                    Path written = render(file, html, options, out);
                    // Progress from many threads: one println is one line, whichever thread finishes first.
                    System.err.println("[" + done.incrementAndGet() + "/" + files.size() + "] " + file + " → " + written);
                    return written;
                }));
            }
        } // close() waits until every article is done

        int failed = 0;
        for (int i = 0; i < files.size(); i++) {
            try {
                results.get(i).get();
            } catch (ExecutionException e) {
                failed++;
                System.err.println(files.get(i) + ": " + e.getCause().getMessage()); // one line, file:line:col first
            }
        }
        System.out.println("rendered " + (files.size() - failed) + " of " + files.size() + " articles to " + out);
    }

    /** {@return the files in the folder whose extension names an input format, sorted} */
    static List<Path> articleFiles(Path folder) throws IOException {
        ParserRegistry parsers = ParserRegistry.defaultRegistry();
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(Files::isRegularFile)
                    // With no bytes to look at, detect() goes by the extension alone.
                    .filter(f -> parsers.detect(f.getFileName().toString(), new byte[0]).isPresent())
                    .sorted()
                    .toList();
        }
    }

    /** Reads one article and writes its HTML page; runs on a pool thread. */
    private static Path render(Path file, ArticleRenderer renderer, RenderOptions options, Path folder) {
        Article article = Articles.read(file).article();
        String name = file.getFileName().toString();
        Path target = folder.resolve(name.substring(0, name.lastIndexOf('.')) + "." + renderer.format().fileExtension());
        try (OutputStream out = Files.newOutputStream(target)) {
            renderer.render(article, options, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }
}
