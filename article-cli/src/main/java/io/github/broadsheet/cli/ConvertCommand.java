package io.github.broadsheet.cli;

import io.github.broadsheet.model.Article;
import io.github.broadsheet.parse.ArticleParseException;
import io.github.broadsheet.parse.Diagnostic;
import io.github.broadsheet.parse.ParseOptions;
import io.github.broadsheet.parse.ParseResult;
import io.github.broadsheet.render.ArticleRenderer;
import io.github.broadsheet.render.RenderOptions;
import io.github.broadsheet.render.RenderResult;
import io.github.broadsheet.render.RenderWarning;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code broadsheet convert INPUT... --to FORMAT[,FORMAT...] [-o PATH]}: reads each input with the
 * parser its extension or content selects, and renders it with each renderer named by {@code --to}.
 *
 * <p>Everything that can be checked before reading (format names, where each output goes, outputs
 * that would collide or overwrite an input) is checked first, and a problem there is a usage error
 * (exit 2) before anything is written. Then each input is converted in turn; a bad input is
 * reported in one line and the others still go on, and the exit code is 1 if any failed.
 */
@Command(
        name = "convert",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        customSynopsis = "broadsheet convert INPUT... --to FORMAT[,FORMAT...] [-o PATH] [OPTIONS]",
        description = {
            "Reads articles and writes each in one or more formats.",
            "",
            "The input format comes from the file extension, else from the content. With one input and one "
                    + "output format the result goes to standard output, or to the file -o names. With several "
                    + "inputs or formats, -o names a folder and each output is named after its input: "
                    + "ferry.json --to html -o out writes out/ferry.html. Each file is written whole or not at all."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Every input was converted.",
            "1:An input could not be read, parsed or written; the others were still converted.",
            "2:Bad usage: an unknown option or format, a missing argument. Nothing was written."
        })
final class ConvertCommand implements Callable<Integer> {

    /** The source name of standard input in messages. */
    static final String STDIN_NAME = "<stdin>";

    /** The base name of outputs converted from standard input, as in {@code out/stdin.html}. */
    static final String STDIN_BASE_NAME = "stdin";

    private final Environment env;

    @Spec
    private CommandSpec spec;

    @Parameters(
            arity = "1..*",
            paramLabel = "INPUT",
            description = "The article files to read; - reads standard input.")
    private List<String> inputs = List.of();

    @Option(
            names = {"-t", "--to"},
            required = true,
            split = ",",
            paramLabel = "FORMAT",
            description = "The formats to write, comma separated. `broadsheet formats` lists them.")
    private List<String> formats = List.of();

    @Option(
            names = {"-o", "--output"},
            paramLabel = "PATH",
            description = "Where to write: a file, - for standard output (the default), or a folder (created if "
                    + "missing), which it must be with several inputs or formats.")
    private String output;

    @Mixin
    private ParseFlags parseFlags = new ParseFlags();

    @ArgGroup(exclusive = false, heading = "%nRendering (each format uses the settings that concern it):%n")
    private RenderFlags renderFlags = new RenderFlags();

    @Option(names = {"-q", "--quiet"}, description = "Do not print warnings.")
    private boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Also print notes on how the input was read, such as "
            + "dropped page chrome and guessed headings (validate prints them too).")
    private boolean verbose;

    @Option(names = "--debug", description = "Print the stack trace of each error, for bug reports.")
    private boolean debug;

    ConvertCommand(Environment env) {
        this.env = env;
    }

    /**
     * {@return the help footer that lists the formats registered now}
     *
     * @param env where the formats are registered
     */
    static String[] formatsFooter(Environment env) {
        String in = env.parsers().providers().stream()
                .map(p -> p.name() + p.extensions().stream().map(e -> "." + e).collect(
                        Collectors.joining(" ", " (", ")")))
                .sorted()
                .collect(Collectors.joining(", "));
        String out = env.renderers().renderers().stream()
                .map(r -> r.format().name())
                .sorted()
                .collect(Collectors.joining(", "));
        return new String[] {
            "  input:  " + (in.isEmpty() ? "(none)" : in.replace("%", "%%")),
            "  output: " + (out.isEmpty() ? "(none)" : out.replace("%", "%%"))
        };
    }

    // ------------------------------------------------------------------ plan

    /** One input and where its outputs go. */
    private record Job(Input input, List<Output> outputs) {}

    /**
     * An input as the user named it.
     *
     * @param name the name for messages: the argument as given, or {@value #STDIN_NAME}
     * @param file the file, or empty for standard input
     */
    record Input(String name, Optional<Path> file) {

        String baseName() {
            return file.map(f -> f.getFileName() == null ? f.toString() : f.getFileName().toString())
                    .map(n -> n.lastIndexOf('.') > 0 ? n.substring(0, n.lastIndexOf('.')) : n)
                    .orElse(STDIN_BASE_NAME);
        }
    }

    /**
     * One rendering of an input.
     *
     * @param renderer the renderer
     * @param file the file to write, or empty for standard output
     */
    private record Output(ArticleRenderer renderer, Optional<Path> file) {

        String formatName() {
            return renderer.format().name();
        }
    }

    @Override
    public Integer call() {
        List<ArticleRenderer> renderers = renderers();
        List<Job> jobs = plan(renderers);
        ParseOptions options = parseFlags.toOptions();
        RenderOptions renderOptions = (renderFlags == null ? new RenderFlags() : renderFlags).toOptions(spec);
        boolean failed = false;
        for (Job job : jobs) {
            failed |= !convert(job, options, renderOptions);
        }
        return failed ? 1 : 0;
    }

    /** {@return the renderers --to names, each once, in the order given} */
    private List<ArticleRenderer> renderers() {
        Map<String, ArticleRenderer> found = new LinkedHashMap<>();
        for (String name : formats) {
            String trimmed = name.strip();
            ArticleRenderer renderer = env.renderers().find(trimmed).orElseThrow(() -> usage(
                    "unknown output format \"" + trimmed + "\"; known formats: " + env.renderers().names()));
            found.putIfAbsent(renderer.format().name(), renderer);
        }
        return List.copyOf(found.values());
    }

    /** {@return where each input's outputs go} @throws ParameterException if that is unclear or unsafe */
    private List<Job> plan(List<ArticleRenderer> renderers) {
        List<Input> in = new ArrayList<>();
        for (String argument : inputs) {
            in.add(input(argument));
        }
        if (in.stream().filter(i -> i.file().isEmpty()).count() > 1) {
            throw usage("standard input (-) can be read only once");
        }
        for (int i = 0; i < in.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (in.get(i).file().isPresent() && in.get(j).file().isPresent()
                        && sameFile(in.get(i).file().get(), in.get(j).file().get())) {
                    throw usage(in.get(j).name() + " and " + in.get(i).name() + " are the same input; give it once");
                }
            }
        }
        boolean several = in.size() > 1 || renderers.size() > 1;
        boolean toStdout = output == null || output.equals("-");
        if (several && toStdout) {
            throw usage((output == null ? "" : "-o - writes one output only; ")
                    + "with several inputs or formats, give -o FOLDER to name the folder to write them in");
        }
        Optional<Path> folder = Optional.empty();
        Optional<Path> file = Optional.empty();
        if (!toStdout) {
            Path path = path(output, "-o");
            boolean namesFolder = output.endsWith("/") || output.endsWith(File.separator) || Files.isDirectory(path);
            if (several && !namesFolder && Files.exists(path)) {
                throw usage("-o " + output + " is a file; with several inputs or formats, -o names a folder");
            }
            if (several || namesFolder) {
                folder = Optional.of(path);
            } else {
                file = Optional.of(path);
            }
        }

        List<Job> jobs = new ArrayList<>();
        Map<Path, String> written = new HashMap<>();
        for (Input input : in) {
            List<Output> outputs = new ArrayList<>();
            for (ArticleRenderer renderer : renderers) {
                Optional<Path> target = file;
                if (folder.isPresent()) {
                    target = Optional.of(folder.get().resolve(input.baseName() + "." + renderer.format().fileExtension()));
                }
                if (target.isPresent()) {
                    check(target.get(), input, renderer, in, written);
                }
                outputs.add(new Output(renderer, target));
            }
            jobs.add(new Job(input, outputs));
        }
        return jobs;
    }

    Input input(String argument) {
        return input(argument, spec);
    }

    /** {@return the input an argument names} @throws ParameterException if it is not a valid path */
    static Input input(String argument, CommandSpec spec) {
        if (argument.equals("-")) {
            return new Input(STDIN_NAME, Optional.empty());
        }
        try {
            return new Input(argument, Optional.of(Path.of(argument)));
        } catch (InvalidPathException e) {
            throw new ParameterException(spec.commandLine(), "input \"" + argument + "\" is not a valid path: "
                    + e.getReason());
        }
    }

    private Path path(String text, String what) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw usage(what + " \"" + text + "\" is not a valid path: " + e.getReason());
        }
    }

    /** Refuses an output that would overwrite an input, a folder, or another output. */
    private void check(Path target, Input input, ArticleRenderer renderer, List<Input> all, Map<Path, String> written) {
        String what = "the " + renderer.format().name() + " output of " + input.name();
        for (Input other : all) {
            if (other.file().isPresent() && sameFile(target, other.file().get())) {
                throw usage("refusing to overwrite the input " + other.name() + " with " + what
                        + "; choose another -o");
            }
        }
        if (Files.isDirectory(target)) {
            throw usage("cannot write " + what + " to " + target + ": it is a folder");
        }
        String before = written.putIfAbsent(key(target), what);
        if (before != null) {
            throw usage(before + " and " + what + " would both be written to " + target
                    + "; convert them separately or rename one");
        }
    }

    private static boolean sameFile(Path a, Path b) {
        if (Files.exists(a) && Files.exists(b)) {
            try {
                return Files.isSameFile(a, b);
            } catch (IOException e) {
                // Fall back to comparing the paths.
            }
        }
        return key(a).equals(key(b));
    }

    private static Path key(Path path) {
        return path.toAbsolutePath().normalize();
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    // ------------------------------------------------------------------ convert

    /** A failure of one input, reported in one line. */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;

        Failure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** {@return whether every output of the job was written} Reports what failed. */
    private boolean convert(Job job, ParseOptions options, RenderOptions renderOptions) {
        PrintWriter err = spec.commandLine().getErr();
        Input input = job.input();
        ParseResult parsed;
        try {
            parsed = read(env, input, options, debug);
        } catch (Failure failure) {
            report(failure, err);
            return false;
        }
        if (!quiet) {
            for (Diagnostic diagnostic : parsed.diagnostics()) {
                if (verbose || diagnostic.severity() == Diagnostic.Severity.WARNING) {
                    err.println(diagnostic);
                }
            }
        }
        boolean ok = true;
        for (Output out : job.outputs()) {
            try {
                RenderResult result = write(parsed.article(), input, out, renderOptions);
                if (!quiet) {
                    for (RenderWarning warning : result.warnings()) {
                        err.println(input.name() + ": warning: " + out.formatName() + " output: " + warning);
                    }
                }
            } catch (Failure failure) {
                report(failure, err);
                ok = false;
            }
        }
        err.flush();
        return ok;
    }

    private void report(Failure failure, PrintWriter err) {
        err.println(failure.getMessage());
        if (debug && failure.getCause() != null) {
            failure.getCause().printStackTrace(err);
        }
        err.flush();
    }

    /**
     * Reads one input with the parser its name or content selects.
     *
     * @throws Failure with the one-line report of what went wrong
     */
    static ParseResult read(Environment env, Input input, ParseOptions options, boolean debug) throws Failure {
        String name = input.name();
        try {
            if (input.file().isEmpty()) {
                return env.parsers().read(env.stdin(), name, options);
            }
            Path file = input.file().get();
            if (Files.isDirectory(file)) {
                throw new Failure(name + ": is a folder, not an article file", null);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return env.parsers().read(in, name, options);
            }
        } catch (ArticleParseException e) {
            // The message is the whole report: "ferry.json:3:5: $.body[0].level: ...".
            throw new Failure(e.getMessage(), e);
        } catch (NoSuchFileException e) {
            throw new Failure(name + ": no such file", e);
        } catch (AccessDeniedException e) {
            throw new Failure(name + ": permission denied", e);
        } catch (IOException e) {
            throw new Failure(name + ": cannot read: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new Failure(name + ": cannot read: " + e.getCause().getMessage(), e);
        } catch (RuntimeException e) {
            // A parser broke its contract (a bug, perhaps in a user's parser): report it like bad input.
            throw new Failure(name + ": the parser failed: " + e + (debug ? "" : HINT), e);
        }
    }

    private RenderResult write(Article article, Input input, Output out, RenderOptions options) throws Failure {
        String where = out.file().map(Path::toString).orElse("standard output");
        try {
            if (out.file().isPresent()) {
                return AtomicFile.write(out.file().get(), stream -> out.renderer().render(article, options, stream));
            }
            // Rendered whole before a byte goes out, so a failed rendering writes nothing.
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(8192);
            RenderResult result = out.renderer().render(article, options, buffer);
            env.stdout().writeBytes(buffer.toByteArray());
            env.stdout().flush();
            if (env.stdout().checkError()) {
                throw new IOException("the stream was closed or failed");
            }
            return result;
        } catch (IOException e) {
            throw new Failure(input.name() + ": cannot write " + where + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new Failure(input.name() + ": cannot write " + where + ": " + e.getCause().getMessage(), e);
        } catch (RuntimeException e) {
            throw new Failure(input.name() + ": the " + out.formatName() + " renderer failed: "
                    + (e.getMessage() == null ? e.toString() : e.getMessage()) + hint(), e);
        }
    }

    private static final String HINT = " (--debug shows the stack trace)";

    private String hint() {
        return debug ? "" : HINT;
    }
}
