package io.github.broadsheet.cli;

import io.github.broadsheet.parse.ParserProvider;
import io.github.broadsheet.render.ArticleRenderer;
import io.github.broadsheet.render.OutputFormat;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code broadsheet formats}: the input and output formats that are registered, as two tables. */
@Command(
        name = "formats",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Lists the formats convert reads and writes.",
            "",
            "They are the parsers and renderers found on the class path, including any a user added "
                    + "through META-INF/services."
        })
final class FormatsCommand implements Callable<Integer> {

    private final Environment env;

    @Spec
    private CommandSpec spec;

    FormatsCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();

        out.println("Input formats (convert picks one by file extension, else by content):");
        Table inputs = new Table("NAME", "EXTENSIONS", "MEDIA TYPE", "DESCRIPTION");
        env.parsers().providers().stream()
                .sorted(Comparator.comparing(ParserProvider::name))
                .forEach(p -> inputs.row(p.name(),
                        p.extensions().stream().map(e -> "." + e).collect(Collectors.joining(" ")),
                        p.mediaType(), p.description()));
        print(inputs, out);

        out.println();
        out.println("Output formats (convert --to NAME):");
        Table outputs = new Table("NAME", "EXTENSION", "MEDIA TYPE", "KIND");
        env.renderers().renderers().stream()
                .map(ArticleRenderer::format)
                .sorted(Comparator.comparing(OutputFormat::name))
                .forEach(f -> outputs.row(f.name(), "." + f.fileExtension(), f.mediaType(),
                        f.binary() ? "binary" : "text"));
        print(outputs, out);
        out.flush();
        return 0;
    }

    private static void print(Table table, PrintWriter out) {
        if (table.isEmpty()) {
            out.println("  (none registered)");
        } else {
            table.print(out, "  ");
        }
    }
}
