package io.github.broadsheet.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** {@link ImageResolver#standard(Path)}: data URIs, classpath resources, and files inside one folder. */
final class StandardImageResolver implements ImageResolver {

    private static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*):.*", Pattern.DOTALL);

    private final Path baseDirectory;

    StandardImageResolver(Path baseDirectory) {
        this.baseDirectory = Objects.requireNonNull(baseDirectory, "baseDirectory").toAbsolutePath().normalize();
    }

    @Override
    public Optional<byte[]> resolve(String src) throws IOException {
        var m = SCHEME.matcher(src);
        String scheme = m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : "";
        // A one-letter "scheme" is a Windows drive, as in C:\photos\a.jpg.
        if (scheme.length() == 1) {
            scheme = "";
        }
        return switch (scheme) {
            case "" -> Optional.of(file(src, src));
            case "file" -> Optional.of(file(fileUriPath(src), src));
            case "data" -> Optional.of(data(src));
            case "classpath" -> Optional.of(classpath(src.substring("classpath:".length())));
            default -> Optional.empty();
        };
    }

    private static String fileUriPath(String src) throws IOException {
        try {
            URI uri = new URI(src);
            if (uri.getPath() == null || (uri.getAuthority() != null && !uri.getAuthority().equals("localhost"))) {
                throw new IOException("only local file: URIs are read");
            }
            return uri.getPath();
        } catch (URISyntaxException e) {
            throw new IOException("not a valid file: URI (" + e.getReason() + ")", e);
        }
    }

    private byte[] file(String path, String src) throws IOException {
        Path file;
        try {
            file = baseDirectory.resolve(path).normalize();
        } catch (InvalidPathException e) {
            throw new IOException("not a valid file path", e);
        }
        if (!file.startsWith(baseDirectory)) {
            throw new IOException("outside the image folder " + baseDirectory);
        }
        Path real;
        try {
            real = file.toRealPath();
        } catch (NoSuchFileException e) {
            throw new IOException("no such file " + file, e);
        }
        if (!real.startsWith(baseDirectory.toRealPath())) {
            throw new IOException("outside the image folder " + baseDirectory + " (through a link)");
        }
        if (!Files.isRegularFile(real)) {
            throw new IOException("not a file: " + file);
        }
        if (Files.size(real) > MAX_IMAGE_BYTES) {
            throw tooLarge(Files.size(real));
        }
        return Files.readAllBytes(real);
    }

    private static byte[] data(String src) throws IOException {
        int comma = src.indexOf(',');
        if (comma < 0) {
            throw new IOException("a data: URI needs a comma before its data");
        }
        String header = src.substring("data:".length(), comma).toLowerCase(Locale.ROOT);
        String payload = src.substring(comma + 1);
        if ((long) payload.length() * 3 / 4 > MAX_IMAGE_BYTES) {
            throw tooLarge((long) payload.length() * 3 / 4);
        }
        try {
            if (header.endsWith(";base64")) {
                return Base64.getDecoder().decode(payload.replaceAll("\\s", ""));
            }
            return URLDecoder.decode(payload.replace("+", "%2B"), StandardCharsets.ISO_8859_1)
                    .getBytes(StandardCharsets.ISO_8859_1);
        } catch (IllegalArgumentException e) {
            throw new IOException("the data: URI's data cannot be decoded (" + e.getMessage() + ")", e);
        }
    }

    private static byte[] classpath(String name) throws IOException {
        String resource = name.startsWith("/") ? name.substring(1) : name;
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = StandardImageResolver.class.getClassLoader();
        }
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no classpath resource " + resource);
            }
            byte[] bytes = in.readNBytes(MAX_IMAGE_BYTES + 1);
            if (bytes.length > MAX_IMAGE_BYTES) {
                throw tooLarge(bytes.length);
            }
            return bytes;
        }
    }

    private static IOException tooLarge(long size) {
        return new IOException("larger than " + MAX_IMAGE_BYTES + " bytes (" + size + ")");
    }

    @Override
    public String toString() {
        return "ImageResolver.standard(" + baseDirectory + ")";
    }
}
