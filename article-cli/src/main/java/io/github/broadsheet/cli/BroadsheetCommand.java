package io.github.broadsheet.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code broadsheet}: the top command; it only holds the subcommands and the help. */
@Command(
        name = "broadsheet",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Reads news articles and writes them as other formats.",
        commandListHeading = "%nCommands:%n",
        footerHeading = "%nExamples:%n",
        footer = {
            "  broadsheet convert ferry.json --to json",
            "  broadsheet convert a.json b.json --to json -o out",
            "  broadsheet convert articles/ --to html,pdf -o out/ --jobs 4",
            "  cat ferry.json | broadsheet convert - --to json",
            "  broadsheet validate ferry.txt",
            "  broadsheet formats"
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Success.",
            "1:An input could not be read or converted.",
            "2:Bad usage: an unknown option or format, a missing argument."
        })
final class BroadsheetCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** Without a command there is nothing to do: a usage error. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(),
                "no command given; the commands are: " + String.join(", ", spec.subcommands().keySet()));
    }
}
