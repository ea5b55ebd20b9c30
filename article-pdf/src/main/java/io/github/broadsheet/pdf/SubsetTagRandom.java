package io.github.broadsheet.pdf;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The source of an embedded font's subset tag (the {@code ABCDEF+} before a subset font's name).
 * OpenPDF draws the six letters from the font's {@link SecureRandom}; this one draws them from a
 * sequence seeded by the document being written and the font's name, so the same document always
 * gets the same tags and two renders are byte-identical. Outside a {@link #forDocument(byte[])}
 * scope it is an ordinary {@link SecureRandom}.
 */
final class SubsetTagRandom extends SecureRandom {

    private static final long serialVersionUID = 1L;

    private static final ThreadLocal<Scope> CURRENT = new ThreadLocal<>();

    private final long salt;

    SubsetTagRandom(String fontName) {
        this.salt = fontName.hashCode() * 0x9E3779B97F4A7C15L;
    }

    @Override
    public double nextDouble() {
        Scope scope = CURRENT.get();
        return scope == null ? super.nextDouble() : scope.random(salt).nextDouble();
    }

    /**
     * Seeds subset tags on this thread from a document's identity until the scope is closed.
     *
     * @param documentId the document's identifier
     * @return the scope, to close when the document is written
     */
    static Scope forDocument(byte[] documentId) {
        long seed = 0;
        for (int i = 0; i < Math.min(8, documentId.length); i++) {
            seed = (seed << 8) | (documentId[i] & 0xFF);
        }
        Scope scope = new Scope(seed, CURRENT.get());
        CURRENT.set(scope);
        return scope;
    }

    /** The seed of one document's subset tags, on one thread. */
    static final class Scope implements AutoCloseable {
        private final long seed;
        private final Scope outer;
        private final Map<Long, SplittableRandom> byFont = new HashMap<>();

        private Scope(long seed, Scope outer) {
            this.seed = seed;
            this.outer = outer;
        }

        private SplittableRandom random(long salt) {
            return byFont.computeIfAbsent(salt, s -> new SplittableRandom(seed ^ s));
        }

        @Override
        public void close() {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }
}
