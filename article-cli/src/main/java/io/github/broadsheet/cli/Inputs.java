package io.github.broadsheet.cli;

import io.github.broadsheet.parse.ParserProvider;
import io.github.broadsheet.parse.ParserRegistry;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The inputs that the {@code INPUT} arguments of {@code convert} and {@code validate} name. A file
 * is one input; {@code -} is standard input; a folder stands for the article files in it and in its
 * sub-folders: every file whose extension a registered parser claims, in sorted order, leaving out
 * hidden files and folders (names starting with a dot) and the folder the outputs go to. Symbolic
 * links to files are read; links to folders are not followed.
 */
final class Inputs {

    /** The source name of standard input in messages. */
    static final String STDIN_NAME = "<stdin>";

    /** The base name of outputs converted from standard input, as in {@code out/stdin.html}. */
    static final String STDIN_BASE_NAME = "stdin";

    private Inputs() {}

    /**
     * An input as the user named it, or as a folder walk found it.
     *
     * @param name the name for messages: the argument as given, the path under the folder given, or
     *     {@value #STDIN_NAME}
     * @param file the file, or empty for standard input
     * @param stem where its outputs go under an output folder, without the extension: the input's
     *     base name, or for a file found in a folder its path under that folder ({@code news/ferry})
     * @param fromFolder whether a folder argument named it
     */
    record Input(String name, Optional<Path> file, String stem, boolean fromFolder) {}

    /**
     * {@return the inputs the arguments name, in order; each folder replaced by the files in it}
     *
     * @param arguments the arguments: files, folders, or {@code -}
     * @param parsers whose extensions make a file in a folder an article file
     * @param skip a folder not to look into, such as the output folder
     * @param spec the command, for usage errors
     * @throws ParameterException if an argument is not a valid path or a folder cannot be listed
     */
    static List<Input> expand(List<String> arguments, ParserRegistry parsers, Optional<Path> skip, CommandSpec spec) {
        Set<String> extensions = parsers.providers().stream()
                .map(ParserProvider::extensions)
                .flatMap(List::stream)
                .map(e -> e.toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(TreeSet::new));
        Optional<Path> skipKey = skip.flatMap(Inputs::realPath);
        List<Input> inputs = new ArrayList<>();
        for (String argument : arguments) {
            Input input = input(argument, spec);
            Optional<Path> file = input.file();
            if (file.isPresent() && Files.isDirectory(file.get())) {
                List<Path> found = walk(file.get(), extensions, skipKey, spec);
                if (found.isEmpty()) {
                    // Kept as an input: reading it reports that the folder holds nothing to convert.
                    inputs.add(input);
                }
                for (Path relative : found) {
                    Path path = file.get().resolve(relative);
                    inputs.add(new Input(path.toString(), Optional.of(path), stem(relative), true));
                }
            } else {
                inputs.add(input);
            }
        }
        return inputs;
    }

    /** {@return the input one argument names, without looking into folders} */
    static Input input(String argument, CommandSpec spec) {
        if (argument.equals("-")) {
            return new Input(STDIN_NAME, Optional.empty(), STDIN_BASE_NAME, false);
        }
        try {
            Path path = Path.of(argument);
            Path fileName = path.getFileName();
            return new Input(argument, Optional.of(path), stem(fileName == null ? path : fileName), false);
        } catch (InvalidPathException e) {
            throw new ParameterException(spec.commandLine(), "input \"" + argument + "\" is not a valid path: "
                    + e.getReason());
        }
    }

    /** {@return the message for a folder that holds no article file} */
    static String emptyFolderMessage(String name, ParserRegistry parsers) {
        String extensions = parsers.providers().stream()
                .flatMap(p -> p.extensions().stream())
                .map(e -> "." + e)
                .sorted()
                .distinct()
                .collect(Collectors.joining(", "));
        return name + ": no article files in this folder (looked for " + (extensions.isEmpty() ? "none" : extensions)
                + ", skipping hidden ones)";
    }

    /** {@return a relative path with '/' separators and without its last extension} */
    private static String stem(Path relative) {
        if (relative.getNameCount() == 0 || relative.getFileName() == null) {
            return relative.toString();
        }
        List<String> names = new ArrayList<>();
        relative.forEach(p -> names.add(p.toString()));
        String last = names.removeLast();
        int dot = last.lastIndexOf('.');
        names.add(dot > 0 ? last.substring(0, dot) : last);
        return String.join("/", names);
    }

    /** {@return the article files under a folder, relative to it, sorted name by name} */
    private static List<Path> walk(Path root, Set<String> extensions, Optional<Path> skip, CommandSpec spec) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(root) && (hidden(dir) || skip.isPresent() && skip.equals(realPath(dir)))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!hidden(file) && extensions.contains(extension(file)) && Files.isRegularFile(file)) {
                        found.add(root.relativize(file));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    throw e;
                }
            });
        } catch (AccessDeniedException e) {
            throw new ParameterException(spec.commandLine(), "cannot list the folder " + e.getFile()
                    + ": permission denied");
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "cannot list the folder " + root + ": " + e.getMessage());
        }
        found.sort(BY_NAMES);
        return found;
    }

    /** Sorts paths name by name, so that the files of one folder stay together. */
    private static final Comparator<Path> BY_NAMES = (a, b) -> {
        int n = Math.min(a.getNameCount(), b.getNameCount());
        for (int i = 0; i < n; i++) {
            int c = a.getName(i).toString().compareTo(b.getName(i).toString());
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.getNameCount(), b.getNameCount());
    };

    private static boolean hidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** {@return the real path of an existing file or folder} */
    private static Optional<Path> realPath(Path path) {
        try {
            return Optional.of(path.toRealPath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
