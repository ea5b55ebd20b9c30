package io.github.broadsheet.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.model.Article;
import io.github.broadsheet.model.Block;
import io.github.broadsheet.model.Heading;
import io.github.broadsheet.render.Labels;
import io.github.broadsheet.render.RenderOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

/**
 * Every fixture article, rendered with the defaults and read back with PDFBox: its text in order,
 * its fonts embedded, its metadata, its outline and its page furniture.
 */
class PdfFixturesTest {

    private static final PdfRenderer RENDERER = new PdfRenderer();
    private static final Map<Path, Pdfs.Rendered> RENDERED = new ConcurrentHashMap<>();

    @BeforeAll
    static void cjkFontInstalled() {
        Pdfs.requireCjkFont();
    }

    static Stream<Path> fixtures() {
        return Fixtures.all();
    }

    private static Pdfs.Rendered rendered(Path file) {
        return RENDERED.computeIfAbsent(file, f -> Pdfs.render(RENDERER, Fixtures.read(f)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void printsEveryBlockInOrder(Path file) {
        assertPrintsEveryBlockInOrder(file);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void embedsEveryFont(Path file) {
        try (PDDocument pdf = rendered(file).load()) {
            List<Pdfs.UsedFont> fonts = Pdfs.fonts(pdf);
            assertThat(fonts).isNotEmpty();
            assertThat(fonts).allSatisfy(f -> assertThat(f.embedded()).as("font %s is embedded", f.name()).isTrue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void recordsTitleAuthorsAndLanguage(Path file) throws Exception {
        Article article = Fixtures.read(file);
        try (PDDocument pdf = rendered(file).load()) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            // Metadata holds no control characters (XML cannot): ArticleLayout.clean drops them.
            assertThat(info.getTitle()).isEqualTo(ArticleLayout.clean(article.title()));
            assertThat(info.getAuthor()).isEqualTo(article.authors().isEmpty() ? null
                    : ArticleLayout.clean(String.join(", ", article.authors())));
            assertThat(info.getSubject()).isEqualTo(article.subtitle().map(ArticleLayout::clean).orElse(null));
            assertThat(info.getKeywords()).isEqualTo(article.tags().isEmpty() ? null
                    : ArticleLayout.clean(String.join(", ", article.tags())));
            assertThat(info.getCreator()).isEqualTo("Broadsheet");
            assertThat(pdf.getDocumentCatalog().getLanguage())
                    .isEqualTo(article.language().map(l -> l.toLanguageTag()).orElse(null));
            PDMetadata metadata = pdf.getDocumentCatalog().getMetadata();
            assertThat(metadata).as("XMP metadata").isNotNull();
            Document xmp = xml(metadata.toByteArray());
            assertThat(xmp.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "title").item(0).getTextContent()
                    .strip()).isEqualTo(ArticleLayout.clean(article.title()).strip());
            article.language().ifPresent(l -> assertThat(xmp.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/",
                    "language").item(0).getTextContent().strip()).isEqualTo(l.toLanguageTag()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void outlinesTheHeadings(Path file) {
        Article article = Fixtures.read(file);
        try (PDDocument pdf = rendered(file).load()) {
            assertThat(Pdfs.outline(pdf)).isEqualTo(expectedOutline(article));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void numbersEveryPageAndRepeatsTheTitleFromPageTwo(Path file) {
        Article article = Fixtures.read(file);
        Labels labels = Labels.forArticle(article, RenderOptions.defaults());
        try (PDDocument pdf = rendered(file).load()) {
            List<String> pages = Pdfs.pageTexts(pdf);
            for (int n = 1; n <= pages.size(); n++) {
                String page = Pdfs.squeeze(pages.get(n - 1));
                assertThat(page).as("page %d", n).contains(Pdfs.squeeze(labels.pageOf(n, pages.size())));
                if (n > 1) {
                    String start = article.source().orElse(article.title());
                    assertThat(page).as("header of page %d", n)
                            .contains(Pdfs.squeeze(start.substring(0, Math.min(12, start.length()))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void setsCjkTextWithoutWarnings(Path file) {
        // With Noto CJK installed, only characters outside every font's range (emoji) may be missing.
        assertThat(rendered(file).missingGlyphs()).allSatisfy(cp -> assertThat(Character.UnicodeScript.of(cp))
                .as("U+%04X", cp).isNotIn(Character.UnicodeScript.HAN, Character.UnicodeScript.HIRAGANA,
                        Character.UnicodeScript.KATAKANA, Character.UnicodeScript.HANGUL));
    }

    @Test
    void seedArticle() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(Fixtures.SEED),
                "the seed is read from ../shared/seeds/ where that folder is beside the repository");
        assertPrintsEveryBlockInOrder(Fixtures.SEED);
        Pdfs.Rendered rendered = rendered(Fixtures.SEED);
        assertThat(rendered.warnings()).isEmpty();
        try (PDDocument pdf = rendered.load()) {
            assertThat(Pdfs.fonts(pdf)).allMatch(Pdfs.UsedFont::embedded);
            assertThat(Pdfs.outline(pdf)).isEqualTo(expectedOutline(Fixtures.read(Fixtures.SEED)));
            assertThat(Pdfs.squeeze(Pdfs.bodyText(pdf, PdfOptions.defaults()))).contains("Photo:LiXinhua");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertPrintsEveryBlockInOrder(Path file) {
        Article article = Fixtures.read(file);
        Pdfs.Rendered rendered = rendered(file);
        try (PDDocument pdf = rendered.load()) {
            String body = Pdfs.bodyText(pdf, PdfOptions.defaults());
            List<String> expected = Fixtures.expectedTexts(article).stream()
                    .map(t -> Pdfs.printed(t, rendered.missingGlyphs())).toList();
            Pdfs.assertInOrder(body, expected, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The outline a body's headings make: each heading under the last one of a lower level. */
    static List<Pdfs.Bookmark> expectedOutline(Article article) {
        List<Pdfs.Bookmark> bookmarks = new ArrayList<>();
        Deque<Integer> levels = new ArrayDeque<>();
        for (Block block : article.body()) {
            if (block instanceof Heading h) {
                while (!levels.isEmpty() && levels.peek() >= h.level()) {
                    levels.pop();
                }
                levels.push(h.level());
                bookmarks.add(new Pdfs.Bookmark(levels.size(),
                        ArticleLayout.clean(h.plainText()).replaceAll("\\s+", " ").strip()));
            }
        }
        return bookmarks;
    }

    private static Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }
}
