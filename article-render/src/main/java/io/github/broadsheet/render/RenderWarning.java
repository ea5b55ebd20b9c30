package io.github.broadsheet.render;

import java.util.Objects;

/**
 * Something a renderer left out or changed, such as a link whose scheme it does not allow or a
 * character no font can show.
 *
 * @param path where in the article, such as {@code body[3]} or {@code title}
 * @param message one sentence a person understands
 */
public record RenderWarning(String path, String message) {

    /** Checks that both parts are present. */
    public RenderWarning {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** {@return {@code path: message}} */
    @Override
    public String toString() {
        return path + ": " + message;
    }
}
