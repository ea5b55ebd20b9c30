package io.github.broadsheet.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.model.Article;
import io.github.broadsheet.model.Figure;
import io.github.broadsheet.model.Heading;
import io.github.broadsheet.model.Paragraph;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A heading never ends a page and a figure is never split, wherever the page breaks fall. */
class PaginationTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void aHeadingNeverEndsAPage(long seed) throws IOException {
        Article article = LargeArticles.create(300, seed);
        Set<String> headings = article.body().stream().filter(Heading.class::isInstance)
                .map(b -> Pdfs.squeeze(((Heading) b).plainText())).collect(Collectors.toSet());

        try (PDDocument pdf = Pdfs.render(new PdfRenderer(), article).load()) {
            List<String> pages = Pdfs.pageBodies(pdf, PdfOptions.defaults());
            assertThat(pages.size()).isGreaterThan(10);
            for (int n = 0; n < pages.size() - 1; n++) {
                assertThat(lastLine(pages.get(n))).as("the last line of page %d", n + 1).isNotIn(headings);
            }
        }
    }

    @Test
    void keepsAHeadingWithTheFigureAfterIt() throws IOException {
        SplittableRandom random = new SplittableRandom(7);
        Article.Builder builder = Article.builder().title("Coast photographs");
        for (int i = 0; i < 40; i++) {
            builder.add(Paragraph.of(LargeArticles.sentence(random, 30 + random.nextInt(60))));
            builder.add(Heading.of(2, "View " + i));
            builder.add(Figure.builder().src(Images.dataUri(Images.png(200, 60 + random.nextInt(200)), "image/png"))
                    .caption("Caption " + i).build());
        }
        Article article = builder.build();

        try (PDDocument pdf = Pdfs.render(new PdfRenderer(), article).load()) {
            List<String> pages = Pdfs.pageBodies(pdf, PdfOptions.defaults());
            List<Integer> images = Pdfs.imagesPerPage(pdf);
            for (int n = 0; n < pages.size(); n++) {
                String page = Pdfs.squeeze(pages.get(n));
                long captions = Arrays.stream(page.split("Caption")).skip(1).count();
                long headingsOnPage = Arrays.stream(page.split("View")).skip(1).count();
                assertThat(images.get(n)).as("images and captions on page %d", n + 1).isEqualTo((int) captions);
                assertThat(headingsOnPage).as("headings and figures on page %d", n + 1).isEqualTo(captions);
            }
        }
    }

    @Test
    void aFigureIsNeverSplitFromItsCaption() throws IOException {
        SplittableRandom random = new SplittableRandom(11);
        Article.Builder builder = Article.builder().title("More pictures");
        for (int i = 0; i < 40; i++) {
            builder.add(Paragraph.of(LargeArticles.sentence(random, 10 + random.nextInt(120))));
            builder.add(Figure.builder().src(Images.dataUri(Images.png(300, 100 + random.nextInt(300)), "image/png"))
                    .caption("Caption " + i + " " + LargeArticles.sentence(random, 25)).credit("Credit " + i).build());
        }

        try (PDDocument pdf = Pdfs.render(new PdfRenderer(), builder.build()).load()) {
            List<String> pages = Pdfs.pageBodies(pdf, PdfOptions.defaults());
            List<Integer> images = Pdfs.imagesPerPage(pdf);
            int total = 0;
            for (int n = 0; n < pages.size(); n++) {
                String page = Pdfs.squeeze(pages.get(n));
                long credits = Arrays.stream(page.split("Photo:Credit")).skip(1).count();
                assertThat(images.get(n)).as("images and credits on page %d", n + 1).isEqualTo((int) credits);
                total += images.get(n);
            }
            assertThat(total).isEqualTo(40);
        }
    }

    @Test
    void aCreditOnlyFigurePrintsAsACreditLine() throws IOException {
        Article article = Article.builder().title("Market day").add(Paragraph.of("Stalls opened at dawn."))
                .add(Figure.ofCredit("Li Wen")).add(Paragraph.of("By noon the bread was gone.")).build();

        try (PDDocument pdf = Pdfs.render(new PdfRenderer(), article).load()) {
            List<String> lines = Arrays.stream(Pdfs.bodyText(pdf, PdfOptions.defaults()).split("\\R"))
                    .map(String::strip).filter(l -> !l.isEmpty()).toList();
            assertThat(lines).containsSubsequence("Stalls opened at dawn.", "Photo: Li Wen", "By noon the bread was gone.");
            assertThat(Pdfs.imagesPerPage(pdf)).containsExactly(0);
        }
    }

    private static String lastLine(String page) {
        String[] lines = page.strip().split("\\R");
        return Pdfs.squeeze(lines[lines.length - 1]);
    }
}
