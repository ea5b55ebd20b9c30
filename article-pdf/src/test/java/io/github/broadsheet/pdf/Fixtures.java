package io.github.broadsheet.pdf;

import io.github.broadsheet.json.ArticleJson;
import io.github.broadsheet.model.Article;
import io.github.broadsheet.model.Block;
import io.github.broadsheet.model.Figure;
import io.github.broadsheet.model.Heading;
import io.github.broadsheet.model.ListBlock;
import io.github.broadsheet.model.ListItem;
import io.github.broadsheet.model.Paragraph;
import io.github.broadsheet.model.Quote;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The articles the tests render: the model's fixtures, this module's originals, and the seed. */
final class Fixtures {

    /** The model module's canonical JSON fixtures. */
    static final Path MODEL_JSON = Path.of("../article-model/src/test/resources/json");
    /** The canonical JSON of the print-text fixtures. */
    static final Path MODEL_PRINT_TEXT = Path.of("../article-model/src/test/resources/printtext");
    /** This module's original articles. */
    static final Path ORIGINALS = Path.of("src/test/resources/articles");
    /** The reference article, present where the shared folder is beside the repository. */
    static final Path SEED = Path.of("../../shared/seeds/000_5ae52f0738207d1a.expected.json");
    /** The English original with every kind of block, on more than one page. */
    static final Path HARBOUR_LIGHTS = ORIGINALS.resolve("harbour-lights.json");
    /** The Traditional Chinese original. */
    static final Path TEA_TERRACES = ORIGINALS.resolve("tea-terraces-zh-hant.json");
    /** The Japanese original. */
    static final Path SNOW_LANTERNS = ORIGINALS.resolve("snow-lanterns-ja.json");
    /** The Simplified Chinese fixture of the model, with an emoji no font has. */
    static final Path NIGHT_MARKET = MODEL_JSON.resolve("night-market-zh-hans.json");

    private Fixtures() {}

    /** {@return every fixture file, the seed excluded} */
    static Stream<Path> all() {
        return Stream.of(MODEL_JSON, MODEL_PRINT_TEXT, ORIGINALS).flatMap(Fixtures::jsonFiles);
    }

    private static Stream<Path> jsonFiles(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory.toAbsolutePath(), e);
        }
    }

    static Article read(Path file) {
        try {
            return ArticleJson.standard().read(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@return the texts the PDF must show, in order}: title, subtitle, source, authors, then every
     * block's text (a quote's attribution, each list item, a figure's caption and credit, or its
     * alt text when that is all it has)
     */
    static List<String> expectedTexts(Article article) {
        List<String> texts = new ArrayList<>();
        texts.add(article.title());
        article.subtitle().ifPresent(texts::add);
        article.source().ifPresent(texts::add);
        texts.addAll(article.authors());
        for (Block block : article.body()) {
            switch (block) {
                case Paragraph p -> texts.add(p.plainText());
                case Heading h -> texts.add(h.plainText());
                case Quote q -> {
                    texts.add(q.plainText());
                    q.attribution().ifPresent(texts::add);
                }
                case ListBlock l -> l.items().stream().map(ListItem::plainText).forEach(texts::add);
                case Figure f -> {
                    if (f.src().isEmpty() && f.caption().isEmpty() && f.credit().isEmpty()) {
                        f.alt().ifPresent(texts::add);
                    }
                    f.caption().ifPresent(texts::add);
                    f.credit().ifPresent(texts::add);
                }
            }
        }
        return texts;
    }
}
