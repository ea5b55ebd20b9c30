package io.github.broadsheet.parse;

import java.util.Objects;

/**
 * A place in a named input: {@code source:line:column}, the form compilers and editors read.
 *
 * @param source the input's name as the user gave it: a path, {@code <stdin>}, or a label
 * @param line the line, counted from 1
 * @param column the column in characters (UTF-16 units), counted from 1
 */
public record Location(String source, int line, int column) implements java.io.Serializable {

    /** Checks that the source is named and the line and column count from 1. */
    public Location {
        Objects.requireNonNull(source, "source");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column count from 1, were " + line + ":" + column);
        }
    }

    /** {@return the start of the named input} @param source the input's name */
    public static Location start(String source) {
        return new Location(source, 1, 1);
    }

    /** {@return {@code source:line:column}} */
    @Override
    public String toString() {
        return source + ":" + line + ":" + column;
    }
}
