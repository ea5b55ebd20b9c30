package io.github.broadsheet.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.broadsheet.model.Article;
import io.github.broadsheet.model.Figure;
import io.github.broadsheet.model.Paragraph;
import io.github.broadsheet.render.RenderOptions;
import io.github.broadsheet.render.RenderWarning;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Figures' images: from files, the class path and data: URIs, never the network; placeholders otherwise. */
class ImagesTest {

    @TempDir
    Path dir;

    private static Article withFigure(Figure figure) {
        return Article.builder().title("The lighthouse in pictures")
                .add(Paragraph.of("Before the picture."))
                .add(figure)
                .add(Paragraph.of("After the picture."))
                .build();
    }

    private static Figure figure(String src) {
        return Figure.builder().src(src).alt("A white tower between sky and sea")
                .caption("The tower from the harbour wall.").credit("Ilse Varga").build();
    }

    @Test
    void embedsPngFromADataUri() throws IOException {
        Pdfs.Rendered rendered = Pdfs.render(new PdfRenderer(), withFigure(figure(
                Images.dataUri(Images.png(120, 80), "image/png"))));

        assertThat(rendered.warnings()).isEmpty();
        try (PDDocument pdf = rendered.load()) {
            assertThat(Pdfs.imagesPerPage(pdf)).containsExactly(1);
            Pdfs.assertInOrder(Pdfs.bodyText(pdf, PdfOptions.defaults()), List.of("Before the picture.",
                    "The tower from the harbour wall.", "Photo: Ilse Varga", "After the picture."), "data: PNG");
        }
    }

    @Test
    void embedsJpegFromAFileInTheImageFolder() throws IOException {
        Files.createDirectories(dir.resolve("photos"));
        Files.write(dir.resolve("photos/tower.jpg"), Images.jpeg(640, 480));
        PdfRenderer renderer = PdfRenderer.builder().imageResolver(ImageResolver.standard(dir)).build();

        Pdfs.Rendered relative = Pdfs.render(renderer, withFigure(figure("photos/tower.jpg")));
        Pdfs.Rendered fileUri = Pdfs.render(renderer, withFigure(figure(dir.resolve("photos/tower.jpg").toUri().toString())));

        assertThat(relative.warnings()).isEmpty();
        assertThat(fileUri.warnings()).isEmpty();
        try (PDDocument pdf = relative.load()) {
            assertThat(Pdfs.imagesPerPage(pdf)).containsExactly(1);
        }
    }

    @Test
    void embedsAClasspathResourceThroughTheContextClassLoader() throws IOException {
        Files.createDirectories(dir.resolve("images"));
        Files.write(dir.resolve("images/tower.png"), Images.png(60, 40));
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, previous)) {
            thread.setContextClassLoader(loader);
            Pdfs.Rendered rendered = Pdfs.render(new PdfRenderer(), withFigure(figure("classpath:images/tower.png")));
            assertThat(rendered.warnings()).isEmpty();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Test
    void printsAPlaceholderAndWarnsWhenTheFileIsMissing() throws IOException {
        PdfRenderer renderer = PdfRenderer.builder().imageResolver(ImageResolver.standard(dir)).build();

        Pdfs.Rendered rendered = Pdfs.render(renderer, withFigure(figure("photos/missing.jpg")));

        assertThat(rendered.warnings()).singleElement().satisfies(w -> {
            assertThat(w.path()).isEqualTo("body[1].src");
            assertThat(w.message()).startsWith("the image \"photos/missing.jpg\" was not loaded: no such file ")
                    .endsWith("; a placeholder is printed");
        });
        try (PDDocument pdf = rendered.load()) {
            assertThat(Pdfs.imagesPerPage(pdf)).containsExactly(0);
            Pdfs.assertInOrder(Pdfs.bodyText(pdf, PdfOptions.defaults()), List.of("Before the picture.",
                    "Image not available", "A white tower between sky and sea", "photos/missing.jpg",
                    "The tower from the harbour wall.", "Photo: Ilse Varga", "After the picture."), "placeholder");
        }
    }

    @Test
    void neverReadsTheNetwork() {
        Pdfs.Rendered rendered = Pdfs.render(new PdfRenderer(), withFigure(figure("https://images.example/tower.jpg")));

        assertThat(rendered.warnings()).containsExactly(new RenderWarning("body[1].src",
                "the image \"https://images.example/tower.jpg\" was not loaded: the image resolver does not read such"
                        + " sources (the PDF renderer reads no network by itself; give it an ImageResolver that does);"
                        + " a placeholder is printed"));
    }

    @Test
    void resolvesRelativeSourcesAgainstTheBaseUrlForTheApplicationsResolver() {
        ImageResolver web = src -> src.startsWith("https://news.example/img/")
                ? Optional.of(Images.png(30, 20)) : Optional.empty();
        PdfRenderer renderer = PdfRenderer.builder().imageResolver(web).build();

        Pdfs.Rendered rendered = Pdfs.render(renderer, withFigure(figure("img/tower.png")),
                RenderOptions.builder().baseUrl(URI.create("https://news.example/2026/")).build());
        Pdfs.Rendered absolute = Pdfs.render(renderer, withFigure(figure("/img/tower.png")),
                RenderOptions.builder().baseUrl(URI.create("https://news.example/2026/")).build());

        assertThat(rendered.warnings()).singleElement().extracting(RenderWarning::message).asString()
                .contains("https://news.example/2026/img/tower.png");
        assertThat(absolute.warnings()).isEmpty();
    }

    @Test
    void refusesFilesOutsideTheImageFolder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("article"));
        Files.write(dir.resolve("secret.png"), Images.png(10, 10));
        PdfRenderer renderer = PdfRenderer.builder().imageResolver(ImageResolver.standard(folder)).build();

        for (String src : List.of("../secret.png", dir.resolve("secret.png").toString(),
                dir.resolve("secret.png").toUri().toString())) {
            assertThat(Pdfs.render(renderer, withFigure(figure(src))).warnings()).as(src).singleElement()
                    .extracting(RenderWarning::message).asString().contains("outside the image folder");
        }
    }

    @Test
    void refusesALinkOutOfTheImageFolder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("article"));
        Files.write(dir.resolve("secret.png"), Images.png(10, 10));
        Files.createSymbolicLink(folder.resolve("link.png"), dir.resolve("secret.png"));

        assertThatThrownBy(() -> ImageResolver.standard(folder).resolve("link.png"))
                .isInstanceOf(IOException.class).hasMessageContaining("outside the image folder")
                .hasMessageContaining("through a link");
    }

    @Test
    void refusesImagesWithTooManyPixelsBeforeDecodingThem() {
        Pdfs.Rendered rendered = Pdfs.render(new PdfRenderer(), withFigure(figure(
                Images.dataUri(Images.hugePngHeader(), "image/png"))));

        assertThat(rendered.warnings()).singleElement().extracting(RenderWarning::message).asString()
                .endsWith("has 400000000 pixels, more than the 40000000 allowed; a placeholder is printed");
    }

    @Test
    void warnsAboutImagesItCannotDecode() {
        Pdfs.Rendered svg = Pdfs.render(new PdfRenderer(), withFigure(figure(
                "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'/%3E")));
        Pdfs.Rendered broken = Pdfs.render(new PdfRenderer(), withFigure(figure("data:image/png;base64,@@@")));

        assertThat(svg.warnings()).singleElement().extracting(RenderWarning::message).asString()
                .contains("cannot be decoded");
        assertThat(broken.warnings()).singleElement().extracting(RenderWarning::message).asString()
                .contains("the data: URI's data cannot be decoded");
    }

    @Test
    void aResolverThatThrowsCostsOnlyThatImage() {
        ImageResolver failing = src -> {
            throw new IllegalStateException("the image service is down");
        };

        Pdfs.Rendered rendered = Pdfs.render(PdfRenderer.builder().imageResolver(failing).build(),
                withFigure(figure("anything.png")));

        assertThat(rendered.warnings()).singleElement().extracting(RenderWarning::message).asString()
                .contains("the image service is down");
    }

    @Test
    void resolversChain() throws IOException {
        ImageResolver first = src -> src.equals("a") ? Optional.of(new byte[] {1}) : Optional.empty();
        ImageResolver second = src -> Optional.of(new byte[] {2});

        assertThat(first.orElse(second).resolve("a")).contains(new byte[] {1});
        assertThat(first.orElse(second).resolve("b")).contains(new byte[] {2});
        assertThat(ImageResolver.none().resolve("a")).isEmpty();
    }

    @Test
    void scalesALargeImageIntoTheTextArea() throws IOException {
        Pdfs.Rendered rendered = Pdfs.render(new PdfRenderer(), withFigure(figure(
                Images.dataUri(Images.jpeg(3000, 6000), "image/jpeg"))));

        assertThat(rendered.warnings()).isEmpty();
        try (PDDocument pdf = rendered.load()) {
            assertThat(Pdfs.imagesPerPage(pdf).stream().mapToInt(Integer::intValue).sum()).isEqualTo(1);
            // The image is scaled to at most 60% of the text height, so the figure stays whole.
            Pdfs.assertInOrder(Pdfs.pageBodies(pdf, PdfOptions.defaults()).get(
                    Pdfs.imagesPerPage(pdf).indexOf(1)), List.of("The tower from the harbour wall."), "caption");
        }
    }
}
