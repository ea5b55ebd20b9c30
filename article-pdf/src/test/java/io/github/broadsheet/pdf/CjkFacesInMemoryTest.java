package io.github.broadsheet.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.model.Article;
import io.github.broadsheet.printtext.PrintTextParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Noto CJK faces loaded from their collection's bytes, read once (the default), against the same
 * faces loaded from the file: every fixture, the seed and the Chinese sample give byte-identical
 * PDFs and the same warnings, the CJK subsets included.
 */
class CjkFacesInMemoryTest {

    private static final PdfRenderer IN_MEMORY = PdfRenderer.builder().build();
    private static final PdfRenderer FROM_FILE = PdfRenderer.builder().cjkInMemory(false).build();
    private static final Path CHINESE_SAMPLE = Path.of("../examples/samples/granary-night-market.txt");

    @BeforeAll
    static void cjkFontInstalled() {
        Pdfs.requireCjkFont();
    }

    /** {@return every fixture, then the seed} */
    static Stream<Path> articles() {
        return Stream.concat(Fixtures.all(), Stream.of(Fixtures.SEED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void givesTheSameBytes(Path file) {
        Assumptions.assumeTrue(!file.equals(Fixtures.SEED) || Files.isRegularFile(file),
                "the seed is read from ../shared/seeds/ where that folder is beside the repository");
        assertSameBytes(Fixtures.read(file));
    }

    @Test
    void theChineseSampleGivesTheSameBytesWithBothCjkWeights() throws IOException {
        String text = Files.readString(CHINESE_SAMPLE, StandardCharsets.UTF_8);
        Article article = PrintTextParser.standard().parse(text, CHINESE_SAMPLE.toString()).article();
        // Title and body: the bold and regular Noto CJK faces, each embedded as a subset.
        try (PDDocument document = assertSameBytes(article).load()) {
            assertThat(Pdfs.fonts(document)).filteredOn(f -> f.name().contains("CJK"))
                    .hasSizeGreaterThanOrEqualTo(2).allMatch(Pdfs.UsedFont::embedded);
        }
    }

    private static Pdfs.Rendered assertSameBytes(Article article) {
        Pdfs.Rendered inMemory = Pdfs.render(IN_MEMORY, article);
        Pdfs.Rendered fromFile = Pdfs.render(FROM_FILE, article);
        assertThat(inMemory.warnings()).isEqualTo(fromFile.warnings());
        assertThat(inMemory.bytes()).isEqualTo(fromFile.bytes());
        return inMemory;
    }
}
