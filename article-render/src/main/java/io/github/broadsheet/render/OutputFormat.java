package io.github.broadsheet.render;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a renderer produces.
 *
 * @param name the short name users select it by, lower case, such as {@code html} or {@code pdf}
 * @param mediaType the media type, such as {@code text/html}
 * @param fileExtension the file name extension of its output, without the dot
 * @param binary whether the output is bytes rather than UTF-8 text
 */
public record OutputFormat(String name, String mediaType, String fileExtension, boolean binary) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_-]*");

    /** Checks that the name is a lower-case word and the other parts are present. */
    public OutputFormat {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a format name is a lower-case word like \"html\", was \"" + name + "\"");
        }
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(fileExtension, "fileExtension");
        if (fileExtension.isBlank() || fileExtension.startsWith(".")) {
            throw new IllegalArgumentException("a file extension has no dot and is not blank, was \"" + fileExtension + "\"");
        }
    }

    /**
     * {@return a text format}
     *
     * @param name the name
     * @param mediaType the media type
     * @param fileExtension the extension, without the dot
     */
    public static OutputFormat text(String name, String mediaType, String fileExtension) {
        return new OutputFormat(name, mediaType, fileExtension.toLowerCase(Locale.ROOT), false);
    }

    /**
     * {@return a binary format}
     *
     * @param name the name
     * @param mediaType the media type
     * @param fileExtension the extension, without the dot
     */
    public static OutputFormat binary(String name, String mediaType, String fileExtension) {
        return new OutputFormat(name, mediaType, fileExtension.toLowerCase(Locale.ROOT), true);
    }
}
