package io.github.broadsheet.cli;

import io.github.broadsheet.cli.Inputs.Input;
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
import java.io.StringWriter;
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
 * A folder given as an input stands for the article files in it (see {@link Inputs}).
 *
 * <p>Everything that can be checked before reading (format names, where each output goes, outputs
 * that would collide or overwrite an input) is checked first, and a problem there is a usage error
 * (exit 2) before anything is written. Then the inputs are converted, several at once
 * ({@code --jobs}), with one renderer instance per format shared by every thread; a bad input is
 * reported in one line and the others still go on (unless {@code --fail-fast}), and the exit code is
 * 1 if any failed. Messages come out in input order whatever the number of threads.
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
                    + "inputs or formats, or a folder, -o names a folder and each output is named after its input: "
                    + "ferry.json --to html -o out writes out/ferry.html. Each file is written whole or not at all.",
            "",
            "A folder stands for the article files in it and its sub-folders (files whose extension an input "
                    + "format claims, in sorted order, hidden ones left out), and their outputs keep the "
                    + "sub-folders: news/ --to html -o out writes news/sport/ferry.txt to out/sport/ferry.html. "
                    + "Several inputs are converted at once, and convert shows its progress and a summary "
                    + "on standard error."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Every input was converted.",
            "1:An input could not be read, parsed or written; the others were still converted (unless --fail-fast).",
            "2:Bad usage: an unknown option or format, a missing argument. Nothing was written."
        })
final class ConvertCommand implements Callable<Integer> {

    /** The values of {@code --progress}. */
    private static final List<String> PROGRESS_MODES = List.of("auto", "bar", "lines", "none");

    private final Environment env;

    @Spec
    private CommandSpec spec;

    @Parameters(
            arity = "1..*",
            paramLabel = "INPUT",
            description = "The article files or folders to read; - reads standard input.")
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
                    + "missing), which it must be with several inputs or formats or a folder input.")
    private String output;

    @Mixin
    private ParseFlags parseFlags = new ParseFlags();

    @ArgGroup(exclusive = false, heading = "%nRendering (each format uses the settings that concern it):%n")
    private RenderFlags renderFlags = new RenderFlags();

    @ArgGroup(exclusive = false, heading = "%nPDF (only the pdf format reads these):%n")
    private PdfFlags pdfFlags = new PdfFlags();

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "How many inputs to convert at once; at least 1. Default: the number of processors.")
    private Integer jobs;

    @Option(names = "--fail-fast", description = "Stop at the first input that fails: start no other one, let "
            + "those running finish, exit 1.")
    private boolean failFast;

    @Option(names = "--progress", paramLabel = "MODE", description = "How to show progress on standard error: "
            + "bar (one line redrawn), lines ([3/12] ferry.txt -> out/ferry.html, one per input in input order), "
            + "none, or auto (the default: for a folder or several inputs, a bar on a terminal and lines "
            + "otherwise; nothing for a single input).")
    private String progress = "auto";

    @Option(names = {"-q", "--quiet"}, description = "Do not print warnings or the summary; no progress unless "
            + "--progress asks for it.")
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
     * {@return the two lines of the help footer that list the formats registered now}, as plain text
     * (the footer passes them as arguments to its {@code %1$s} and {@code %2$s})
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
            "  input:  " + (in.isEmpty() ? "(none)" : in),
            "  output: " + (out.isEmpty() ? "(none)" : out)
        };
    }

    // ------------------------------------------------------------------ plan

    /** One input and where its outputs go; no outputs for a folder that holds no article file. */
    private record Job(Input input, List<Output> outputs) {}

    /**
     * One rendering of an input.
     *
     * @param renderer the renderer, shared by every job
     * @param file the file to write, or empty for standard output
     */
    private record Output(ArticleRenderer renderer, Optional<Path> file) {

        String formatName() {
            return renderer.format().name();
        }
    }

    /**
     * What to do.
     *
     * @param jobs each input and its outputs, in input order
     * @param batch whether there are several inputs or a folder: then progress and a summary are shown
     */
    private record Plan(List<Job> jobs, boolean batch) {}

    @Override
    public Integer call() {
        int threads = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (threads < 1) {
            throw usage("--jobs must be at least 1, was " + threads);
        }
        if (!PROGRESS_MODES.contains(progress)) {
            throw usage("--progress must be one of " + String.join(", ", PROGRESS_MODES) + ", was \"" + progress + "\"");
        }
        List<ArticleRenderer> renderers = renderers();
        Plan plan = plan(renderers);
        ParseOptions options = parseFlags.toOptions();
        RenderOptions renderOptions = (renderFlags == null ? new RenderFlags() : renderFlags).toOptions(spec);
        if (pdfFlags == null) {
            pdfFlags = new PdfFlags();
        }
        if (renderers.stream().anyMatch(r -> r.format().name().equals("pdf"))) {
            pdfFlags.prepare(spec); // checks the PDF flags and loads added fonts once, before anything is written
        }

        PrintWriter err = spec.commandLine().getErr();
        Progress.Mode mode = switch (progress) {
            case "bar" -> Progress.Mode.BAR;
            case "lines" -> Progress.Mode.LINES;
            case "none" -> Progress.Mode.NONE;
            default -> quiet || !plan.batch() ? Progress.Mode.NONE
                    : env.stderrIsTerminal() ? Progress.Mode.BAR : Progress.Mode.LINES;
        };
        boolean summary = !quiet && (plan.batch() || !progress.equals("auto"));
        Progress reporter = new Progress(mode, summary, err, env.stderrCharset(), plan.jobs().size());
        List<Job> all = plan.jobs();
        Batch batch = new Batch(all.stream().map(j -> j.input().name()).toList(),
                index -> convert(all.get(index), options, renderOptions), reporter, failFast);
        Batch.Result result = batch.run(threads);
        return result.failed() > 0 ? 1 : 0;
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
    private Plan plan(List<ArticleRenderer> renderers) {
        boolean toStdout = output == null || output.equals("-");
        Optional<Path> outPath = toStdout ? Optional.empty() : Optional.of(path(output, "-o"));
        List<Input> in = Inputs.expand(inputs, env.parsers(), outPath, spec);
        if (in.stream().filter(i -> i.file().isEmpty()).count() > 1) {
            throw usage("standard input (-) can be read only once");
        }
        Map<Path, Input> inputKeys = new HashMap<>();
        for (Input input : in) {
            if (input.file().isPresent()) {
                Input before = inputKeys.putIfAbsent(key(input.file().get()), input);
                if (before != null) {
                    throw usage(before.name() + " and " + input.name() + " are the same input; give it once");
                }
            }
        }
        boolean folderGiven = in.stream().anyMatch(i -> i.fromFolder() || isFolder(i));
        boolean several = in.size() > 1 || renderers.size() > 1 || folderGiven;
        if (several && toStdout) {
            throw usage((output == null ? "" : "-o - writes one output only; ")
                    + "with several inputs or formats, or a folder, give -o FOLDER to name the folder to write them in");
        }
        Optional<Path> folder = Optional.empty();
        Optional<Path> file = Optional.empty();
        if (outPath.isPresent()) {
            Path path = outPath.get();
            boolean namesFolder = output.endsWith("/") || output.endsWith(File.separator) || Files.isDirectory(path);
            if (several && !namesFolder && Files.exists(path)) {
                throw usage("-o " + output + " is a file; with several inputs or formats, -o names a folder");
            }
            if (several || namesFolder) {
                folder = outPath;
            } else {
                file = outPath;
            }
        }

        List<Job> jobs = new ArrayList<>();
        Map<Path, String> written = new HashMap<>();
        for (Input input : in) {
            List<Output> outputs = new ArrayList<>();
            if (!isFolder(input)) {
                for (ArticleRenderer renderer : renderers) {
                    Optional<Path> target = file;
                    if (folder.isPresent()) {
                        target = Optional.of(folder.get().resolve(input.stem() + "." + renderer.format().fileExtension()));
                    }
                    if (target.isPresent()) {
                        check(target.get(), input, renderer, inputKeys, written);
                    }
                    outputs.add(new Output(renderer, target));
                }
            }
            jobs.add(new Job(input, outputs));
        }
        return new Plan(jobs, in.size() > 1 || folderGiven);
    }

    /** {@return whether the input is a folder: one in which no article file was found} */
    private static boolean isFolder(Input input) {
        return input.file().isPresent() && Files.isDirectory(input.file().get());
    }

    private Path path(String text, String what) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw usage(what + " \"" + text + "\" is not a valid path: " + e.getReason());
        }
    }

    /** Refuses an output that would overwrite an input, a folder, or another output. */
    private void check(Path target, Input input, ArticleRenderer renderer, Map<Path, Input> inputs,
            Map<Path, String> written) {
        String what = "the " + renderer.format().name() + " output of " + input.name();
        Path key = key(target);
        Input overwritten = inputs.get(key);
        if (overwritten != null) {
            throw usage("refusing to overwrite the input " + overwritten.name() + " with " + what
                    + "; choose another -o");
        }
        if (Files.isDirectory(target)) {
            throw usage("cannot write " + what + " to " + target + ": it is a folder");
        }
        String before = written.putIfAbsent(key, what);
        if (before != null) {
            throw usage(before + " and " + what + " would both be written to " + target
                    + "; convert them separately or rename one");
        }
    }

    /**
     * {@return what identifies a file: its real path if it exists, else its folder's real path and
     * its name} Two paths to one file (through {@code ..} or a link) give the same key.
     */
    private static Path key(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        try {
            return absolute.toRealPath();
        } catch (IOException e) {
            Path parent = absolute.getParent();
            if (parent != null && absolute.getFileName() != null) {
                try {
                    return parent.toRealPath().resolve(absolute.getFileName());
                } catch (IOException again) {
                    // Fall back to the path as written.
                }
            }
            return absolute;
        }
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

    /**
     * Converts one input; called on several threads at once.
     *
     * @return whether every output was written, and what to print for it
     */
    private Batch.Outcome convert(Job job, ParseOptions options, RenderOptions renderOptions) {
        Input input = job.input();
        List<String> messages = new ArrayList<>();
        ParseResult parsed;
        try {
            parsed = read(env, input, options, debug);
        } catch (Failure failure) {
            messages.add(report(failure));
            return new Batch.Outcome(false, messages, List.of(), job.outputs().stream().map(Output::formatName).toList());
        }
        if (!quiet) {
            for (Diagnostic diagnostic : parsed.diagnostics()) {
                if (verbose || diagnostic.severity() == Diagnostic.Severity.WARNING) {
                    messages.add(diagnostic.toString());
                }
            }
        }
        List<String> written = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (Output out : job.outputs()) {
            try {
                RenderResult result = write(parsed.article(), input, out, renderOptions);
                written.add(out.file().map(Path::toString).orElse("standard output"));
                if (!quiet) {
                    for (RenderWarning warning : result.warnings()) {
                        messages.add(input.name() + ": warning: " + out.formatName() + " output: " + warning);
                    }
                }
            } catch (Failure failure) {
                messages.add(report(failure));
                failed.add(out.formatName());
            }
        }
        return new Batch.Outcome(failed.isEmpty(), messages, written, failed);
    }

    /** {@return the report of a failure: its line, and with --debug the stack trace} */
    private String report(Failure failure) {
        if (!debug || failure.getCause() == null) {
            return failure.getMessage();
        }
        StringWriter trace = new StringWriter();
        PrintWriter out = new PrintWriter(trace);
        out.println(failure.getMessage());
        failure.getCause().printStackTrace(out);
        out.flush();
        return trace.toString().stripTrailing();
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
                throw new Failure(Inputs.emptyFolderMessage(name, env.parsers()), null);
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
        ArticleRenderer renderer = pdfFlags.forInput(out.renderer(), input.file());
        try {
            if (out.file().isPresent()) {
                return AtomicFile.write(out.file().get(), stream -> renderer.render(article, options, stream));
            }
            // Rendered whole before a byte goes out, so a failed rendering writes nothing.
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(8192);
            RenderResult result = renderer.render(article, options, buffer);
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
