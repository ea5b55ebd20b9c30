package io.github.broadsheet.benchmarks;

import io.github.broadsheet.json.ArticleJson;
import io.github.broadsheet.model.Article;
import io.github.broadsheet.model.Block;
import io.github.broadsheet.printtext.PrintTextParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmarks' input: the seed-like sample article ({@code examples/samples/gullhaven-ferry.txt},
 * copied into this jar by the build) at a size of ×1, ×10 or ×100 of its body, or the real seed
 * read at run time.
 *
 * <p>The scaled print text repeats the body lines (between the {@code Source:} line and
 * {@code print close}); the scaled article repeats the parsed body blocks, so that both hold the
 * same article. The JSON is the canonical form of that article.
 *
 * @param name the size as the benchmarks' {@code size} parameter names it
 * @param printText the article as print-view text
 * @param article the parsed article
 * @param json the article's canonical JSON
 */
record Sample(String name, String printText, Article article, String json) {

    /** The {@code size} parameter value that selects the real seed instead of the sample. */
    static final String SEED = "seed";

    /** Where the real seed is read from unless {@code -Dbroadsheet.seed=FILE} says otherwise. */
    static final String DEFAULT_SEED = "../shared/seeds/000_5ae52f0738207d1a.txt";

    private static final String RESOURCE = "gullhaven-ferry.txt";

    /**
     * {@return the sample at a size}
     *
     * @param size {@code 1}, {@code 10}, {@code 100} (any positive count of bodies), or {@value #SEED}
     */
    static Sample of(String size) {
        PrintTextParser parser = PrintTextParser.standard();
        if (size.equals(SEED)) {
            Path seed = Path.of(System.getProperty("broadsheet.seed", DEFAULT_SEED));
            String text;
            try {
                text = Files.readString(seed, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("the seed is not readable at " + seed.toAbsolutePath()
                        + " (set -Dbroadsheet.seed=FILE, or leave the size \"seed\" out)", e);
            }
            Article article = parser.parse(text, "seed.txt").article();
            return new Sample(size, text, article, ArticleJson.standard().write(article));
        }
        int times = Integer.parseInt(size);
        if (times < 1) {
            throw new IllegalArgumentException("size must be at least 1, was " + size);
        }
        String base = resource();
        Article one = parser.parse(base, RESOURCE).article();
        List<Block> body = new ArrayList<>(one.body().size() * times);
        for (int i = 0; i < times; i++) {
            body.addAll(one.body());
        }
        Article article = one.withBody(body);
        String text = repeatBody(base, times);
        Article parsed = parser.parse(text, RESOURCE).article();
        if (!parsed.equals(article)) {
            throw new IllegalStateException("the ×" + times + " print text does not parse to the ×" + times + " article");
        }
        return new Sample(size, text, article, ArticleJson.standard().write(article));
    }

    /** {@return the size of the print text in UTF-8 bytes} */
    int printTextBytes() {
        return printText.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String repeatBody(String text, int times) {
        List<String> lines = text.lines().toList();
        int start = -1;
        int end = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (start < 0 && line.startsWith("Source:")) {
                start = i + 1;
            } else if (line.equals("print close")) {
                end = i;
            }
        }
        if (start < 0 || end < start) {
            throw new IllegalStateException(RESOURCE + " has no Source: line before print close");
        }
        StringBuilder out = new StringBuilder(text.length() * times);
        lines.subList(0, start).forEach(l -> out.append(l).append('\n'));
        for (int i = 0; i < times; i++) {
            lines.subList(start, end).forEach(l -> out.append(l).append('\n'));
        }
        lines.subList(end, lines.size()).forEach(l -> out.append(l).append('\n'));
        return out.toString();
    }

    private static String resource() {
        try (InputStream in = Sample.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the benchmarks jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
