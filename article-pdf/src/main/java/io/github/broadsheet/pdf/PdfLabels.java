package io.github.broadsheet.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/**
 * The few labels only the PDF renderer prints (the others come from
 * {@link io.github.broadsheet.render.Labels}): {@code pdf-labels.properties} in English and
 * {@code pdf-labels_LANG.properties} per language beside it, UTF-8.
 */
final class PdfLabels {

    private final Properties labels = new Properties();

    private PdfLabels(Locale locale) {
        read("pdf-labels.properties");
        if (!locale.getLanguage().isEmpty()) {
            read("pdf-labels_" + locale.getLanguage() + ".properties");
        }
    }

    static PdfLabels of(Locale locale) {
        return new PdfLabels(locale);
    }

    private void read(String name) {
        try (InputStream in = PdfLabels.class.getResourceAsStream(name)) {
            if (in != null) {
                labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the labels " + name, e);
        }
    }

    /** {@return "Image not available" in the locale's language} */
    String imageUnavailable() {
        return labels.getProperty("image.unavailable", "Image not available");
    }
}
