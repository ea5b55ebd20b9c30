package io.github.broadsheet.cli;

import io.github.broadsheet.parse.ParserRegistry;
import io.github.broadsheet.render.RendererRegistry;
import java.io.Console;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code broadsheet} command line. Run {@code java -jar broadsheet.jar --help}:
 * <pre>
 * broadsheet convert INPUT... --to FORMAT[,FORMAT...] [-o PATH]
 * broadsheet validate INPUT...
 * broadsheet formats
 * </pre>
 *
 * <p>Exit codes: 0 on success; 1 when an input could not be read or converted, with one
 * {@code file:line:col: message} line per problem on standard error; 2 on bad usage.
 */
public final class Main {

    /** The system property that says whether standard error is a terminal: {@value}. */
    static final String STDERR_TERMINAL_PROPERTY = "broadsheet.stderr.terminal";

    private Main() {}

    /**
     * Runs the command line and exits the JVM with its exit code.
     *
     * @param args the arguments
     */
    public static void main(String... args) {
        Warmup.start(args); // overlaps the first conversion's start-up with building the command line
        System.exit(run(System.out, System.err, System.in, stderrIsTerminal(), args));
    }

    /**
     * Runs the command line in this JVM, with the default parser and renderer registries, as if
     * standard error were not a terminal.
     *
     * @param out standard output: article output (as bytes, unchanged), help and listings
     * @param err standard error: problems and warnings
     * @param in standard input, read for the input {@code -}
     * @param args the arguments
     * @return the exit code
     */
    static int run(PrintStream out, PrintStream err, InputStream in, String... args) {
        return run(out, err, in, false, args);
    }

    /**
     * Runs the command line in this JVM, with the default parser and renderer registries.
     *
     * @param out standard output: article output (as bytes, unchanged), help and listings
     * @param err standard error: problems and warnings
     * @param in standard input, read for the input {@code -}
     * @param errIsTerminal whether standard error is a terminal, for a progress bar
     * @param args the arguments
     * @return the exit code
     */
    static int run(PrintStream out, PrintStream err, InputStream in, boolean errIsTerminal, String... args) {
        // The default registries load on first use (the warm-up thread may be loading them already).
        Environment env = new Environment(in, out, ParserRegistry::defaultRegistry, RendererRegistry::defaultRegistry,
                errIsTerminal, err.charset());
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, out.charset()), true);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, err.charset()), true);
        try {
            return commandLine(env, outWriter, errWriter).execute(args);
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    /**
     * {@return whether standard error is probably a terminal}
     *
     * <p>Java 21 cannot ask about standard error itself, so: the system property
     * {@value #STDERR_TERMINAL_PROPERTY} decides when set ({@code bin/broadsheet} sets it from the
     * shell's {@code [ -t 2 ]}); else {@code TERM=dumb} means no; else there must be a console, and on
     * Java 22 and later {@code Console.isTerminal()} must say so (on Java 21 {@link System#console()}
     * is {@code null} unless standard input and output are both terminals).
     */
    static boolean stderrIsTerminal() {
        String declared = System.getProperty(STDERR_TERMINAL_PROPERTY);
        if (declared != null && !declared.isBlank()) {
            return Boolean.parseBoolean(declared.strip());
        }
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            // Console.isTerminal() exists from Java 22; the build targets 21.
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /** {@return the command tree, writing messages to the given writers} */
    static CommandLine commandLine(Environment env, PrintWriter out, PrintWriter err) {
        CommandLine convert = new CommandLine(new ConvertCommand(env));
        convert.getCommandSpec().usageMessage()
                .footerHeading("%nFormats registered now (broadsheet formats describes them):%n")
                .footer("%1$s", "%2$s");
        // Filled in only when the help is shown, so that building the command line loads no format.
        convert.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_FOOTER,
                help -> help.footer((Object[]) ConvertCommand.formatsFooter(env)));
        CommandLine commandLine = new CommandLine(new BroadsheetCommand())
                .addSubcommand(convert)
                .addSubcommand(new ValidateCommand(env))
                .addSubcommand(new FormatsCommand(env))
                .addSubcommand(new CommandLine.HelpCommand());
        // Set after the subcommands are added: these settings reach the commands present now.
        return commandLine
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler(Main::usageError)
                .setExecutionExceptionHandler(Main::internalError);
    }

    /** Prints a usage error, a near match if there is one, and a short hint. */
    private static int usageError(ParameterException ex, String[] args) {
        CommandLine commandLine = ex.getCommandLine();
        PrintWriter err = commandLine.getErr();
        String name = commandLine.getCommandSpec().qualifiedName();
        err.println(name + ": " + ex.getMessage());
        UnmatchedArgumentException.printSuggestions(ex, err);
        err.print(commandLine.getHelp().fullSynopsis());
        err.println("Try '" + name + " --help' for more information.");
        err.flush();
        return commandLine.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** Reports an exception a command did not handle itself: a bug in Broadsheet or a plugin. */
    private static int internalError(Exception ex, CommandLine commandLine, ParseResult parsed) {
        PrintWriter err = commandLine.getErr();
        err.println(commandLine.getCommandSpec().qualifiedName() + ": internal error: " + ex);
        if (debugRequested(parsed)) {
            ex.printStackTrace(err);
        } else {
            err.println("Run again with --debug to see the stack trace.");
        }
        err.flush();
        return commandLine.getCommandSpec().exitCodeOnExecutionException();
    }

    private static boolean debugRequested(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }
}
