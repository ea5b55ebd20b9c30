package io.github.broadsheet.cli;

import io.github.broadsheet.model.Article;
import io.github.broadsheet.render.RenderOptions;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The rendering options of {@code convert}, each mapped to one {@link RenderOptions} setting. A
 * renderer reads the settings that concern it; the others leave its output unchanged.
 */
final class RenderFlags {

    @Option(names = "--theme", paramLabel = "NAME",
            description = "The HTML theme: article (a web page, the default) or print (the print view).")
    String theme;

    @Option(names = "--template-dir", paramLabel = "DIR",
            description = "A folder of templates that replace the theme's templates of the same name.")
    Path templateDirectory;

    @Option(names = "--template-prefix", paramLabel = "PATH",
            description = "A class path folder of replacement templates, such as com/example/templates.")
    String templateClasspathPrefix;

    @Option(names = "--locale", paramLabel = "TAG",
            description = "The language of labels and dates, such as en-GB or zh (default: the article's language).")
    String locale;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "The absolute address relative links and images are resolved against.")
    String baseUrl;

    @Option(names = "--no-structured-data", negatable = false,
            description = "Leave schema.org JSON-LD and Open Graph metadata out of HTML.")
    boolean noStructuredData;

    @Option(names = "--width", paramLabel = "COLUMNS",
            description = "The column plain text wraps at, from 20 to 1000 (default: 72).")
    Integer width;

    /** {@return the options the flags name} @throws ParameterException if one is unusable */
    RenderOptions toOptions(CommandSpec spec) {
        RenderOptions.Builder b = RenderOptions.builder().structuredData(!noStructuredData);
        try {
            if (theme != null) {
                b.theme(theme);
            }
            if (templateDirectory != null) {
                if (!Files.isDirectory(templateDirectory)) {
                    throw new ParameterException(spec.commandLine(),
                            "--template-dir " + templateDirectory + " is not a folder");
                }
                b.templateDirectory(templateDirectory);
            }
            if (templateClasspathPrefix != null) {
                b.templateClasspathPrefix(templateClasspathPrefix);
            }
            if (locale != null) {
                b.locale(Article.parseLanguageTag(locale));
            }
            if (baseUrl != null) {
                b.baseUrl(new URI(baseUrl));
            }
            if (width != null) {
                b.textWidth(width);
            }
            return b.build();
        } catch (URISyntaxException e) {
            throw new ParameterException(spec.commandLine(), "--base-url: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
