package io.github.broadsheet.cli;

import io.github.broadsheet.parse.Diagnostic;
import io.github.broadsheet.parse.ParseOptions;
import io.github.broadsheet.parse.ParseResult;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code broadsheet validate INPUT...}: reads each input as {@code convert} would and prints what
 * the parser noticed (dropped page chrome, guessed headings, unreadable dates) without writing
 * anything.
 */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        customSynopsis = "broadsheet validate INPUT... [OPTIONS]",
        description = {
            "Reads articles and prints each one's diagnostics, then a summary line, without converting.",
            "",
            "Diagnostics go to standard output as FILE:LINE:COL: SEVERITY: MESSAGE; an input that cannot be read "
                    + "is one FILE:LINE:COL: MESSAGE line on standard error."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Every input was read (it may have warnings).",
            "1:An input could not be read; the others were still checked.",
            "2:Bad usage."
        })
final class ValidateCommand implements Callable<Integer> {

    private final Environment env;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "The article files or folders to read (a folder: the article files in it, as convert "
                    + "reads them); - reads standard input.")
    private List<String> inputs = List.of();

    @Mixin
    private ParseFlags parseFlags = new ParseFlags();

    @Option(names = "--warnings-only", description = "Print warnings only, not notes such as guessed headings.")
    private boolean warningsOnly;

    @Option(names = "--debug", description = "Print the stack trace of each error, for bug reports.")
    private boolean debug;

    ValidateCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        List<Inputs.Input> in = Inputs.expand(inputs, env.parsers(), Optional.empty(), spec);
        ParseOptions options = parseFlags.toOptions();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean failed = false;
        for (Inputs.Input input : in) {
            try {
                ParseResult result = ConvertCommand.read(env, input, options, debug);
                long warnings = result.diagnostics().stream()
                        .filter(d -> d.severity() == Diagnostic.Severity.WARNING).count();
                long notes = result.diagnostics().size() - warnings;
                for (Diagnostic diagnostic : result.diagnostics()) {
                    if (!warningsOnly || diagnostic.severity() == Diagnostic.Severity.WARNING) {
                        out.println(diagnostic);
                    }
                }
                out.println(input.name() + ": ok: \"" + result.article().title() + "\", "
                        + plural(result.article().body().size(), "block") + ", "
                        + plural(warnings, "warning") + ", " + plural(notes, "note"));
            } catch (ConvertCommand.Failure failure) {
                failed = true;
                err.println(failure.getMessage());
                if (debug && failure.getCause() != null) {
                    failure.getCause().printStackTrace(err);
                }
            }
            out.flush();
            err.flush();
        }
        return failed ? 1 : 0;
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
