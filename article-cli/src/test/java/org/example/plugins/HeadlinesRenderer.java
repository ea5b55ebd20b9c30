package org.example.plugins;

import io.github.broadsheet.model.Article;
import io.github.broadsheet.model.Block;
import io.github.broadsheet.model.Figure;
import io.github.broadsheet.model.Heading;
import io.github.broadsheet.render.OutputFormat;
import io.github.broadsheet.render.RenderOptions;
import io.github.broadsheet.render.RenderResult;
import io.github.broadsheet.render.RenderWarning;
import io.github.broadsheet.render.TextRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * A renderer as a user would write one, registered only in this module's test resources
 * ({@code META-INF/services}): the title and the headings, one a line. Each figure is left out
 * with a warning, so tests can see render warnings reach standard error.
 */
public final class HeadlinesRenderer implements TextRenderer {

    /** The format: {@code headlines}, plain text in {@code .txt} files. */
    public static final OutputFormat FORMAT = OutputFormat.text("headlines", "text/plain", "txt");

    @Override
    public OutputFormat format() {
        return FORMAT;
    }

    @Override
    public RenderResult render(Article article, RenderOptions options, Writer out) {
        List<RenderWarning> warnings = new ArrayList<>();
        try {
            out.write(article.title() + "\n");
            for (int i = 0; i < article.body().size(); i++) {
                Block block = article.body().get(i);
                if (block instanceof Heading heading) {
                    out.write("  ".repeat(heading.level() - 1) + "- " + heading.plainText() + "\n");
                } else if (block instanceof Figure) {
                    warnings.add(new RenderWarning("body[" + i + "]", "figures are left out of headlines"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RenderResult(warnings);
    }
}
