package org.example.plugins;

import io.github.broadsheet.model.Article;
import io.github.broadsheet.render.OutputFormat;
import io.github.broadsheet.render.RenderOptions;
import io.github.broadsheet.render.RenderResult;
import io.github.broadsheet.render.TextRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * A test renderer that writes the options it was given, one {@code name=value} a line, so tests
 * see exactly what the command line's rendering flags reach a renderer as.
 */
public final class OptionsEchoRenderer implements TextRenderer {

    @Override
    public OutputFormat format() {
        return OutputFormat.text("options", "text/plain", "options.txt");
    }

    @Override
    public RenderResult render(Article article, RenderOptions options, Writer out) {
        try {
            out.write("theme=" + options.theme() + "\n");
            out.write("locale=" + options.locale().map(l -> l.toLanguageTag()).orElse("") + "\n");
            out.write("templateDirectory=" + options.templateDirectory().map(Object::toString).orElse("") + "\n");
            out.write("templateClasspathPrefix=" + options.templateClasspathPrefix().orElse("") + "\n");
            out.write("baseUrl=" + options.baseUrl().map(Object::toString).orElse("") + "\n");
            out.write("structuredData=" + options.structuredData() + "\n");
            out.write("textWidth=" + options.textWidth() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return RenderResult.clean();
    }
}
