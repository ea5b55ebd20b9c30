package io.github.broadsheet.cli;

import io.github.broadsheet.pdf.ImageResolver;
import io.github.broadsheet.pdf.PdfOptions;
import io.github.broadsheet.pdf.PdfRenderer;
import io.github.broadsheet.render.ArticleRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The PDF options of {@code convert}. They configure the {@code pdf} renderer once per run
 * ({@link #prepare(CommandSpec)}, which also checks them, so a bad value is a usage error before
 * anything is written); each input then gets that renderer with an image folder of its own.
 */
final class PdfFlags {

    @Option(names = "--page-size", paramLabel = "SIZE",
            description = "PDF page size: a4 (default), a5, letter, legal, SIZE-landscape, or WIDTHxHEIGHT such as 210mmx297mm.")
    String pageSize;

    @Option(names = "--margins", paramLabel = "LENGTHS",
            description = "PDF margins, 1, 2 or 4 lengths as in CSS: 20mm, \"20mm 25mm\" (default), \"1in 0.75in 1in 0.75in\".")
    String margins;

    @Option(names = "--font-size", paramLabel = "PT", description = "PDF body text size in points, 6-36 (default: 11).")
    String fontSize;

    @Option(names = "--typeface", paramLabel = "serif|sans", description = "PDF typeface (default: serif).")
    String typeface;

    @Option(names = "--no-header", description = "Leave the running header out of PDF pages.")
    boolean noHeader;

    @Option(names = "--no-footer", description = "Leave the \"Page N of M\" footer out of PDF pages.")
    boolean noFooter;

    @Option(names = "--pdfa", description = "Write PDF/A-2b, for archives.")
    boolean pdfa;

    @Option(names = "--creation-date", paramLabel = "ISO",
            description = "The creation date every PDF records, such as 2026-05-01T09:00:00Z (default: the article's publication date).")
    String creationDate;

    @Option(names = "--font", paramLabel = "FILE",
            description = "A .ttf, .otf or .ttc font for characters the built-in fonts lack; repeatable.")
    List<Path> fonts = new ArrayList<>();

    @Option(names = "--image-dir", paramLabel = "DIR",
            description = "The folder PDF images with relative paths are read from (default: each input's folder).")
    Path imageDirectory;

    /** The PDF options the flags name; {@code null} until {@link #prepare(CommandSpec)}. */
    private PdfOptions options;
    /** A renderer with the added fonts, when {@code --font} is given (fonts are a renderer's, not an option). */
    private PdfRenderer withFonts;

    /**
     * Checks the flags and configures the PDF renderer once, loading any added fonts.
     *
     * @throws ParameterException if a flag's value is unusable
     */
    void prepare(CommandSpec spec) {
        Map<String, String> settings = new LinkedHashMap<>();
        put(settings, PdfOptions.PAGE_SIZE, pageSize);
        put(settings, PdfOptions.MARGINS, margins);
        put(settings, PdfOptions.FONT_SIZE, fontSize);
        put(settings, PdfOptions.TYPEFACE, typeface);
        put(settings, PdfOptions.CREATION_DATE, creationDate);
        if (noHeader) {
            settings.put(PdfOptions.HEADER, "false");
        }
        if (noFooter) {
            settings.put(PdfOptions.FOOTER, "false");
        }
        if (pdfa) {
            settings.put(PdfOptions.PDFA, "true");
        }
        if (imageDirectory != null && !Files.isDirectory(imageDirectory)) {
            throw new ParameterException(spec.commandLine(), "--image-dir " + imageDirectory + " is not a folder");
        }
        for (Path font : fonts) {
            if (!Files.isRegularFile(font)) {
                throw new ParameterException(spec.commandLine(), "--font " + font + ": no such file");
            }
        }
        try {
            options = PdfOptions.parse(settings);
            if (!fonts.isEmpty()) {
                PdfRenderer.Builder builder = PdfRenderer.builder().options(options);
                fonts.forEach(builder::addFont);
                withFonts = builder.build();
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--" + e.getMessage());
        }
    }

    private static void put(Map<String, String> settings, String key, String value) {
        if (value != null) {
            settings.put(key, value);
        }
    }

    /**
     * {@return the renderer to use for one input}: the registered {@link PdfRenderer} (sharing its
     * loaded fonts) with the flags' options, or the one with the added fonts, reading images from
     * the input's folder (or {@code --image-dir}); any other renderer unchanged
     *
     * @param renderer the registered renderer
     * @param inputFile the input's file, or empty for standard input
     */
    ArticleRenderer forInput(ArticleRenderer renderer, Optional<Path> inputFile) {
        if (!(renderer instanceof PdfRenderer pdf) || options == null) {
            return renderer;
        }
        Path folder = imageDirectory != null ? imageDirectory
                : inputFile.map(Path::toAbsolutePath).map(Path::getParent).orElse(Path.of(""));
        PdfRenderer configured = withFonts != null ? withFonts : pdf.withOptions(options);
        return configured.withImageResolver(ImageResolver.standard(folder));
    }
}
