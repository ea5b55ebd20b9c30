package io.github.broadsheet.examples;

import io.github.broadsheet.model.Article;
import io.github.broadsheet.model.ListBlock;
import io.github.broadsheet.pdf.PageSize;
import io.github.broadsheet.pdf.PdfRenderer;
import io.github.broadsheet.render.RenderOptions;
import io.github.broadsheet.render.RenderResult;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * PDF options: US Letter paper, PDF/A-2b for an archive, and a font of your own for characters the
 * built-in fonts (Liberation, Noto CJK) do not have, here the anchor ⚓ of a harbour forecast. Run it from the repository root:
 * {@code java … io.github.broadsheet.examples.PdfWithOptions [OUTPUT_FOLDER [FONT_FILE]]}.
 */
public final class PdfWithOptions {

    /** The font it registers unless told another: DejaVu Sans, which Debian's fonts-dejavu-core installs. */
    static final Path DEFAULT_FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    private PdfWithOptions() {}

    /**
     * Writes {@code harbour-forecast.pdf}: Letter, PDF/A-2b, with the given font added.
     *
     * @param args the folder to write to (default {@code pdf-options}), then a font file
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path folder = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "pdf-options"));
        Path font = args.length > 1 ? Path.of(args[1]) : DEFAULT_FONT;

        // Build the renderer once: it loads its fonts once and is safe to share between threads.
        PdfRenderer renderer = PdfRenderer.builder()
                .pageSize(PageSize.LETTER)   // 8.5 × 11 in instead of the default A4
                .pdfa(true)                  // PDF/A-2b: embedded fonts, sRGB output intent, XMP identification
                .addFont(font)               // consulted after the built-in fonts, glyph by glyph
                .build();

        Path pdf = folder.resolve("harbour-forecast.pdf");
        try (OutputStream out = Files.newOutputStream(pdf)) {
            RenderResult result = renderer.render(forecast(), RenderOptions.defaults(), out);
            // A character that no font has would be listed here, with where it stands.
            result.warnings().forEach(w -> System.err.println(pdf + ": " + w));
        }
        System.out.println(pdf);
    }

    /** {@return a short forecast with weather symbols; the anchor ⚓ is in none of the built-in fonts} */
    static Article forecast() {
        return Article.builder()
                .title("Weekend forecast for the harbour regatta")
                .source("The Estuary Gazette")
                .author("Priya Lindgren")
                .published(LocalDate.of(2026, 6, 12))
                .language("en-US")
                .paragraph("Crews should expect a bright start and a wet finish, the coastguard said on Friday.")
                .add(ListBlock.unordered(
                        "☀ Saturday morning: light westerly wind, calm water inside the breakwater",
                        "☁ Saturday afternoon: cloud building from the south",
                        "☂ Sunday: showers from noon, gusts near the harbour mouth",
                        "⚓ Moorings at the east quay are reserved for the rescue boats"))
                .build();
    }
}
