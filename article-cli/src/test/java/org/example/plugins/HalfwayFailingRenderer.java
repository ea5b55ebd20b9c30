package org.example.plugins;

import io.github.broadsheet.model.Article;
import io.github.broadsheet.render.ArticleRenderer;
import io.github.broadsheet.render.OutputFormat;
import io.github.broadsheet.render.RenderOptions;
import io.github.broadsheet.render.RenderResult;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A broken renderer, registered only in test resources: it writes part of its output, then
 * throws. Tests use it to show that a failed rendering leaves no half-written file behind.
 */
public final class HalfwayFailingRenderer implements ArticleRenderer {

    /** What it writes before it fails. */
    public static final String PARTIAL = "%PDF-1.7 first half";

    /** The message of the exception it throws. */
    public static final String MESSAGE = "ran out of ink halfway";

    @Override
    public OutputFormat format() {
        return OutputFormat.binary("halfway", "application/x-halfway", "half");
    }

    @Override
    public RenderResult render(Article article, RenderOptions options, OutputStream out) {
        try {
            out.write(PARTIAL.getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException(MESSAGE);
    }
}
