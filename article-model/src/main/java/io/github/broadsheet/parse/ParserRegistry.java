package io.github.broadsheet.parse;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * The parsers that are registered, looked up by name, by file extension or by content. Immutable
 * and thread-safe.
 *
 * <p>{@link #load()} finds every {@link ParserProvider} through {@link ServiceLoader}, so a user's
 * parser on the class path or module path is found like the built-in ones. When two providers share
 * a name, the first found wins, and a user can put theirs first to replace a built-in one.
 */
public final class ParserRegistry {

    /** How many leading bytes of an input {@link ParserProvider#sniff(byte[])} sees: {@value}. */
    public static final int SNIFF_BYTES = 8192;

    private static final class Default {
        static final ParserRegistry INSTANCE = load(ParserRegistry.class.getClassLoader());
    }

    private final Map<String, ParserProvider> byName;

    private ParserRegistry(List<? extends ParserProvider> providers) {
        Map<String, ParserProvider> map = new LinkedHashMap<>();
        for (ParserProvider provider : providers) {
            map.putIfAbsent(provider.name().toLowerCase(Locale.ROOT), provider);
        }
        this.byName = Map.copyOf(map);
        this.ordered = List.copyOf(map.values());
    }

    private final List<ParserProvider> ordered;

    /** {@return the registry of the providers visible to Broadsheet's own class loader, loaded once} */
    public static ParserRegistry defaultRegistry() {
        return Default.INSTANCE;
    }

    /** {@return a registry of the providers visible to the context class loader} */
    public static ParserRegistry load() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return load(loader != null ? loader : ParserRegistry.class.getClassLoader());
    }

    /** {@return a registry of the providers visible to a class loader} @param loader the loader */
    public static ParserRegistry load(ClassLoader loader) {
        List<ParserProvider> found = new ArrayList<>();
        ServiceLoader.load(ParserProvider.class, loader).forEach(found::add);
        return new ParserRegistry(found);
    }

    /** {@return a registry of exactly these providers, in this order} @param providers the providers */
    public static ParserRegistry of(List<? extends ParserProvider> providers) {
        return new ParserRegistry(List.copyOf(providers));
    }

    /** {@return the providers, in the order they were found} */
    public List<ParserProvider> providers() {
        return ordered;
    }

    /** {@return the provider of that name, if registered} @param name the format name, any case */
    public Optional<ParserProvider> find(String name) {
        return Optional.ofNullable(byName.get(name.toLowerCase(Locale.ROOT)));
    }

    /**
     * {@return the provider of that name}
     *
     * @param name the format name, any case
     * @throws IllegalArgumentException if none is registered; the message lists the known names
     */
    public ParserProvider expect(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown input format \"" + name + "\"; known formats: " + names()));
    }

    /** {@return the registered format names, comma separated} */
    public String names() {
        return String.join(", ", byName.keySet().stream().sorted().toList());
    }

    /**
     * Picks the provider for an input: by the file name's extension first, then by what the first
     * bytes look like.
     *
     * @param fileName the input's file name, or an empty string when it has none (stdin)
     * @param head the input's first bytes
     * @return the best provider, if any claims the input
     */
    public Optional<ParserProvider> detect(String fileName, byte[] head) {
        String ext = extension(fileName);
        if (!ext.isEmpty()) {
            for (ParserProvider provider : ordered) {
                if (provider.extensions().contains(ext)) {
                    return Optional.of(provider);
                }
            }
        }
        return ordered.stream()
                .filter(p -> p.sniff(head) > 0)
                .max(Comparator.comparingInt(p -> p.sniff(head)));
    }

    /**
     * Reads a file, picking the parser with {@link #detect(String, byte[])}.
     *
     * @param file the file
     * @param options the parser settings
     * @return the article and its diagnostics
     * @throws ArticleParseException if no parser claims the file, or the file is not a valid article
     * @throws UncheckedIOException if the file cannot be read
     */
    public ParseResult read(Path file, ParseOptions options) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), options);
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("no such file: " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a stream, picking the parser with {@link #detect(String, byte[])} from the source name
     * and the first bytes.
     *
     * @param in the input; read to its end but not closed
     * @param sourceName the input's name: its file name when it has one, else a label such as {@code <stdin>}
     * @param options the parser settings
     * @return the article and its diagnostics
     * @throws ArticleParseException if no parser claims the input, or it is not a valid article
     */
    public ParseResult read(InputStream in, String sourceName, ParseOptions options) {
        Objects.requireNonNull(options, "options");
        BufferedInputStream buffered = new BufferedInputStream(in, SNIFF_BYTES);
        byte[] head;
        try {
            buffered.mark(SNIFF_BYTES);
            head = buffered.readNBytes(SNIFF_BYTES);
            buffered.reset();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + sourceName + ": " + e.getMessage(), e);
        }
        ParserProvider provider = detect(sourceName, head).orElseThrow(() -> new ArticleParseException(
                Location.start(sourceName), "cannot tell the input's format from its name or content; known formats: "
                        + ordered.stream().map(p -> p.name() + " (" + p.extensions().stream().map(e -> "." + e)
                                .collect(Collectors.joining(", ")) + ")").collect(Collectors.joining(", "))));
        return provider.create(options).parse(buffered, sourceName);
    }

    /** {@return the lower-case extension of a file name, or an empty string} @param fileName the name */
    static String extension(String fileName) {
        String name = fileName;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "ParserRegistry" + byName.keySet();
    }
}
