package io.github.broadsheet.parse;

import java.io.Serial;
import java.util.Objects;
import java.util.Optional;

/**
 * An input that cannot be read as an article. Its message is one line that names the input, the
 * position and the problem, in the form compilers use:
 * {@code ferry.json:4:16: $.body[3].level: heading level must be between 1 and 6, was 9}.
 *
 * <p>Like Jackson's exceptions, it keeps the bare problem ({@link #problem()}) apart from where it
 * is ({@link #location()}, {@link #path()}), so tools can show either. Unchecked, so that parsing
 * code reads plainly; an I/O failure while reading is an {@link java.io.UncheckedIOException}
 * instead.
 */
public class ArticleParseException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** @serial the place of the problem */
    private final Location location;
    /** @serial the path inside structured input, or {@code null} for none */
    private final String path;
    /** @serial the bare problem */
    private final String problem;

    /**
     * Creates an exception for a problem at a place.
     *
     * @param location where the problem is
     * @param problem one sentence, without the location
     */
    public ArticleParseException(Location location, String problem) {
        this(location, null, problem, null);
    }

    /**
     * Creates an exception for a problem at a place inside structured input.
     *
     * @param location where the problem is
     * @param path the path inside structured input, such as {@code $.body[3].level}, or {@code null}
     * @param problem one sentence, without the location or path
     * @param cause the underlying exception, or {@code null}
     */
    public ArticleParseException(Location location, String path, String problem, Throwable cause) {
        super(format(location, path, problem), cause);
        this.location = location;
        this.path = path;
        this.problem = problem;
    }

    private static String format(Location location, String path, String problem) {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(problem, "problem");
        String oneLine = problem.replaceAll("\\s*[\\r\\n]+\\s*", " ");
        return location + ": " + (path == null ? "" : path + ": ") + oneLine;
    }

    /** {@return where the problem is} */
    public Location location() {
        return location;
    }

    /** {@return the path inside structured input, such as {@code $.body[3].level}, if there is one} */
    public Optional<String> path() {
        return Optional.ofNullable(path);
    }

    /** {@return the problem alone, without location or path} */
    public String problem() {
        return problem;
    }
}
