package io.github.broadsheet.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the bytes of a figure's image from its {@code src}. The PDF renderer never reads the
 * network by itself: {@link #standard(Path)} reads local files, classpath resources and
 * {@code data:} URIs, and an application that wants images from the web supplies a resolver that
 * fetches them (with its own timeouts, limits and cache).
 *
 * <p>An image that no resolver finds, or that cannot be read or decoded, becomes a placeholder box
 * holding its alt text, its caption and credit still print, and the rendering reports a
 * {@link io.github.broadsheet.render.RenderWarning}.
 *
 * <p>Implementations are thread-safe: one renderer serves many threads.
 */
@FunctionalInterface
public interface ImageResolver {

    /** The largest image the standard resolver reads: {@value} bytes (32 MiB). */
    int MAX_IMAGE_BYTES = 32 * 1024 * 1024;

    /**
     * Reads an image.
     *
     * @param src the figure's {@code src}, resolved against {@link
     *     io.github.broadsheet.render.RenderOptions#baseUrl()} when that is set and {@code src} is relative
     * @return the image bytes (PNG, JPEG, GIF, BMP or TIFF), or empty if this resolver does not
     *     handle sources of this kind
     * @throws IOException if it handles the source but cannot read it; the message says why
     */
    Optional<byte[]> resolve(String src) throws IOException;

    /**
     * {@return a resolver that tries this one, then another when this one returns empty}
     *
     * @param next the resolver to try next
     */
    default ImageResolver orElse(ImageResolver next) {
        Objects.requireNonNull(next, "next");
        return src -> {
            Optional<byte[]> found = resolve(src);
            return found.isPresent() ? found : next.resolve(src);
        };
    }

    /**
     * {@return the standard resolver, reading files relative to the working directory}
     *
     * @see #standard(Path)
     */
    static ImageResolver standard() {
        return standard(Path.of(""));
    }

    /**
     * {@return the standard resolver}: {@code data:} URIs (base64 or percent-encoded);
     * {@code classpath:path/to/image.png} resources, through the context class loader; and files,
     * given as paths or {@code file:} URIs, relative to a folder or absolute, but only inside that
     * folder (a path that leads out of it, even through a symbolic link, is refused, so an article
     * cannot make a server embed its other files). Other schemes, such as {@code https:}, are not
     * handled: the result is empty. Images larger than {@value #MAX_IMAGE_BYTES} bytes are refused.
     *
     * @param baseDirectory the folder images are read from
     */
    static ImageResolver standard(Path baseDirectory) {
        return new StandardImageResolver(baseDirectory);
    }

    /** {@return a resolver that finds nothing, so every image is a placeholder} */
    static ImageResolver none() {
        return src -> Optional.empty();
    }
}
