package io.github.broadsheet.cli;

import io.github.broadsheet.model.Article;
import io.github.broadsheet.parse.ParseOptions;
import io.github.broadsheet.parse.ParseResult;
import io.github.broadsheet.parse.ParserRegistry;
import io.github.broadsheet.render.ArticleRenderer;
import io.github.broadsheet.render.RenderOptions;
import io.github.broadsheet.render.RendererRegistry;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Does, on a second thread, the start-up work that the first conversion of a {@code convert} run
 * would otherwise do alone, while the main thread still builds the command line and reads the
 * inputs: loading the parsers' and renderers' classes, the fonts the PDF renderer opens for every
 * document, the labels, the templates. It parses a short built-in article in each input format and
 * renders it with each renderer {@code --to} names into nothing.
 *
 * <p>What it leaves behind is what the conversions would have made anyway: loaded classes and the
 * caches that renderers keep for every document (fonts, labels, compiled templates), never anything
 * that changes an output; a render depends only on its article and options. It writes no file and
 * prints nothing; whatever it throws is dropped, and the conversion that needs the same thing then
 * does it itself, as it would have without a warm-up. It runs only where a second processor can take
 * it, and it is a daemon thread, so it never keeps the JVM alive.
 */
final class Warmup {

    /** The thread's name, for thread dumps and profiles: {@value}. */
    static final String THREAD_NAME = "broadsheet-warmup";

    /** A short article in print-view text: a title, a source line, paragraphs, a credit and a heading. */
    private static final String PRINT_TEXT = """
            print
              \u2022 Harbour café opens on the old pier
                Source:Warm-up Weekly\u00a0\u00a0 Date:3/14/2026

                The café in the former ticket hall opened on Saturday, serving soup and bread
                to the first boats of the morning.

                Photo: Ola Nord

                Opening hours

                It opens at six on weekdays and at eight on Sundays, all year round.

                print close
            """;

    /** The same kind of article in canonical JSON. */
    private static final String JSON = """
            {"title": "Harbour café opens on the old pier", "source": "Warm-up Weekly", "published": "2026-03-14",
             "language": "en-GB", "body": [{"type": "paragraph", "text": "It opens at six on weekdays."}]}
            """;

    private Warmup() {}

    /**
     * Starts the warm-up for a command line, when it is a {@code convert} that names output formats
     * and there is a second processor to run it on.
     *
     * @param args the command line's arguments
     * @return the thread started, or empty when there is nothing to warm up
     */
    static Optional<Thread> start(String... args) {
        List<String> formats = formats(args);
        if (formats.isEmpty() || Runtime.getRuntime().availableProcessors() < 2) {
            return Optional.empty();
        }
        Thread thread = new Thread(() -> run(formats), THREAD_NAME);
        thread.setDaemon(true);
        thread.start();
        return Optional.of(thread);
    }

    /**
     * {@return the output formats a {@code convert} command line names with {@code -t}/{@code --to}},
     * in order, each once; empty for any other command line. Only a guess at what the command will
     * do: picocli parses the arguments for real, and a wrong guess costs a little work, nothing else.
     *
     * @param args the command line's arguments
     */
    static List<String> formats(String... args) {
        Set<String> formats = new LinkedHashSet<>();
        if (args.length == 0 || !args[0].equals("convert")) {
            return List.of();
        }
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            String value = null;
            if (arg.equals("--")) {
                break; // the rest are inputs
            } else if (arg.equals("-t") || arg.equals("--to")) {
                value = i + 1 < args.length ? args[++i] : null;
            } else if (arg.startsWith("--to=")) {
                value = arg.substring("--to=".length());
            } else if (arg.startsWith("-t")) {
                value = arg.substring(2).startsWith("=") ? arg.substring(3) : arg.substring(2);
            }
            if (value != null) {
                for (String name : value.split(",", -1)) {
                    if (!name.isBlank()) {
                        formats.add(name.strip());
                    }
                }
            }
        }
        return List.copyOf(formats);
    }

    /**
     * Parses the built-in articles with the default parsers and renders them with the default
     * renderers of the given formats into nothing; every failure is dropped.
     *
     * @param formats the output format names; names no renderer claims are skipped
     * @return whether every built-in article was parsed and every named renderer ran without a failure
     */
    static boolean run(List<String> formats) {
        try {
            ParserRegistry parsers = ParserRegistry.defaultRegistry();
            Article article = parse(parsers, "warm-up.txt", PRINT_TEXT).article();
            parse(parsers, "warm-up.json", JSON); // for the JSON reader's classes
            RendererRegistry renderers = RendererRegistry.defaultRegistry();
            for (String format : formats) {
                renderers.find(format).ifPresent(renderer ->
                        renderer.render(article, RenderOptions.defaults(), OutputStream.nullOutputStream()));
            }
            return true;
        } catch (RuntimeException | LinkageError e) {
            return false; // a warm-up only saves time; the conversion reports any real problem itself
        }
    }

    private static ParseResult parse(ParserRegistry parsers, String name, String text) {
        return parsers.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name,
                ParseOptions.defaults());
    }
}
