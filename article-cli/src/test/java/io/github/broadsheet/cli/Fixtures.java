package io.github.broadsheet.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The article files in {@code src/test/resources/fixtures}, all original text written for these tests. */
final class Fixtures {

    /** A canonical JSON article with every block type. */
    static final String FERRY = "ferry-crossing.json";
    /** A second, short canonical JSON article. */
    static final String NIGHT_MARKET = "night-market.json";
    /** Well-formed JSON with a heading of level 9, at line 7, column 16. */
    static final String BAD_HEADING_LEVEL = "bad-heading-level.json";
    /** JSON whose body array is never closed. */
    static final String BROKEN_SYNTAX = "broken-syntax.json";
    /** An article with a field the format does not define, {@code editorNote}, at line 4. */
    static final String UNKNOWN_FIELD = "unknown-field.json";
    /** A memo (the test parser's format) dated 4/12/2026, with a header line it skips. */
    static final String HARBOUR_MEMO = "harbour-wall.memo";

    private Fixtures() {}

    /** {@return the fixture's bytes} @param name the file name */
    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@return the copy} @param name the file name @param folder where to copy it */
    static Path copy(String name, Path folder) {
        try {
            Files.createDirectories(folder);
            return Files.write(folder.resolve(name), bytes(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
