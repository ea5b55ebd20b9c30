package io.github.broadsheet.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file whole or not at all: the content goes to a hidden temporary file in the same
 * folder, which is then renamed over the target. A failure on the way deletes the temporary file
 * and leaves an existing target as it was.
 */
final class AtomicFile {

    private AtomicFile() {}

    /** Writes to an output stream and says what the writing returned. */
    @FunctionalInterface
    interface Body<T> {
        /** {@return what the writing reports} @param out where to write; closed afterwards by the caller */
        T writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes a file atomically, creating its folder if it is missing.
     *
     * @param target the file
     * @param body what to write
     * @param <T> what the body returns
     * @return what the body returned
     * @throws IOException if the file cannot be written; the target is then unchanged
     */
    static <T> T write(Path target, Body<T> body) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path temp = createTemp(folder, absolute.getFileName().toString());
        boolean moved = false;
        try {
            T result;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 64 * 1024)) {
                result = body.writeTo(out);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
            return result;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * Creates an empty hidden file next to the target. {@link Files#createFile} rather than
     * {@link Files#createTempFile}, so the file gets the permissions the user's umask gives new files,
     * not the owner-only ones of temporary files.
     */
    private static Path createTemp(Path folder, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            String suffix = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
            try {
                return Files.createFile(folder.resolve("." + name + "." + suffix + ".tmp"));
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 10) {
                    throw e;
                }
            }
        }
    }
}
