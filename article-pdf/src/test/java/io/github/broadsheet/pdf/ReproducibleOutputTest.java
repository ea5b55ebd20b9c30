package io.github.broadsheet.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.model.Article;
import io.github.broadsheet.model.PublicationDate;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The same article and options give the same bytes: no clock, no chance, any thread. */
class ReproducibleOutputTest {

    private static final PdfRenderer RENDERER = new PdfRenderer();

    @BeforeAll
    static void cjkFontInstalled() {
        Pdfs.requireCjkFont();
    }

    @Test
    void twoRendersAreByteIdentical() {
        Article article = Fixtures.read(Fixtures.HARBOUR_LIGHTS);

        byte[] first = Pdfs.render(RENDERER, article).bytes();
        byte[] second = Pdfs.render(RENDERER, article).bytes();
        byte[] fresh = Pdfs.render(new PdfRenderer(), article).bytes();

        assertThat(second).isEqualTo(first);
        assertThat(fresh).as("a renderer whose fonts load afresh").isEqualTo(first);
    }

    @Test
    void pdfaRendersAreByteIdenticalToo() {
        PdfRenderer pdfa = RENDERER.withOptions(PdfOptions.builder().pdfa(true).build());
        Article article = Fixtures.read(Fixtures.NIGHT_MARKET);

        assertThat(Pdfs.render(pdfa, article).bytes()).isEqualTo(Pdfs.render(pdfa, article).bytes());
    }

    @Test
    void aSharedRendererGivesEveryThreadTheSameBytes() throws Exception {
        List<Path> files = Fixtures.all().toList();
        List<byte[]> alone = new ArrayList<>();
        for (Path file : files) {
            alone.add(Pdfs.render(RENDERER, Fixtures.read(file)).bytes());
        }
        PdfRenderer shared = new PdfRenderer(); // fonts loaded by the threads themselves, concurrently
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> futures = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (Path file : files) {
                    futures.add(pool.submit(() -> Pdfs.render(shared, Fixtures.read(file)).bytes()));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).as("%s", files.get(i % files.size()))
                        .isEqualTo(alone.get(i % files.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void documentIdComesFromTheArticleAndOptions() {
        Article article = Fixtures.read(Fixtures.HARBOUR_LIGHTS);

        String id = documentId(Pdfs.render(RENDERER, article).bytes());
        String otherTitle = documentId(Pdfs.render(RENDERER, article.withTitle("Another title")).bytes());
        String otherOptions = documentId(Pdfs.render(RENDERER.withOptions(PdfOptions.builder()
                .pageSize(PageSize.LETTER).build()), article).bytes());

        assertThat(id).hasSize(32).isNotEqualTo(otherTitle).isNotEqualTo(otherOptions);
    }

    @Test
    void datesComeFromThePublicationDate() throws Exception {
        Article article = Fixtures.read(Fixtures.HARBOUR_LIGHTS); // published 2026-02-21T07:40:00Z

        try (PDDocument pdf = Pdfs.render(RENDERER, article).load()) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            assertThat(info.getCreationDate().toInstant()).isEqualTo(OffsetDateTime.parse("2026-02-21T07:40:00Z").toInstant());
            assertThat(info.getModificationDate()).isEqualTo(info.getCreationDate());
        }
    }

    @Test
    void aDateWithoutTimeOrOffsetIsMidnightUtc() {
        Article article = Fixtures.read(Fixtures.HARBOUR_LIGHTS)
                .withPublished(Optional.of(PublicationDate.parse("2022-04-12")));

        Calendar date = PdfRenderer.documentDate(article, PdfOptions.defaults()).orElseThrow();

        assertThat(date.toInstant()).isEqualTo(OffsetDateTime.parse("2022-04-12T00:00:00Z").toInstant());
    }

    @Test
    void theOptionsDateWinsAndNoDateMeansNone() throws Exception {
        Article undated = Fixtures.read(Fixtures.HARBOUR_LIGHTS).withPublished(Optional.empty());
        OffsetDateTime fixed = OffsetDateTime.parse("2030-01-02T03:04:05+09:00");

        try (PDDocument dated = Pdfs.render(RENDERER.withOptions(PdfOptions.builder().creationDate(fixed).build()),
                undated).load();
                PDDocument none = Pdfs.render(RENDERER, undated).load()) {
            assertThat(dated.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(fixed.toInstant());
            assertThat(none.getDocumentInformation().getCreationDate()).isNull();
            assertThat(none.getDocumentInformation().getModificationDate()).isNull();
        }
    }

    private static String documentId(byte[] pdf) {
        try (PDDocument document = new Pdfs.Rendered(pdf, List.of()).load()) {
            COSArray id = document.getDocument().getTrailer().getCOSArray(COSName.ID);
            assertThat(id.size()).isEqualTo(2);
            assertThat(((COSString) id.get(0)).toHexString()).isEqualTo(((COSString) id.get(1)).toHexString());
            return ((COSString) id.get(0)).toHexString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
