package io.github.broadsheet.render.html;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Gives headings stable, readable ids from their text: {@code "What the crews want"} becomes
 * {@code what-the-crews-want}, {@code "摊主怎么说"} stays {@code 摊主怎么说}, and the second heading
 * with the same text gets {@code -2}, the third {@code -3}. The same article always gets the same
 * ids. Not thread-safe: one instance serves one document.
 */
final class HeadingIds {

    /** The id of a heading whose text has no letter or digit at all. */
    static final String FALLBACK = "section";
    /** The longest slug, in code points, before the {@code -N} suffix. */
    static final int MAX_LENGTH = 80;

    private final Set<String> used = new HashSet<>();

    /** {@return a new id for a heading, unique in this document} @param text the heading's plain text */
    String next(String text) {
        String slug = slug(text);
        String id = slug;
        for (int n = 2; !used.add(id); n++) {
            id = slug + "-" + n;
        }
        return id;
    }

    /**
     * {@return the slug of a text}: NFKC-normalized and lower-cased, letters, digits and combining
     * marks of every script kept, each run of anything else turned into one hyphen, hyphens at either
     * end dropped, at most {@value #MAX_LENGTH} code points; {@value #FALLBACK} when nothing is left
     */
    static String slug(String text) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(normalized.length());
        boolean gap = false;
        int count = 0;
        for (int i = 0; i < normalized.length(); ) {
            int cp = normalized.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            boolean keep = Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK;
            if (!keep) {
                gap = true;
                continue;
            }
            boolean hyphen = gap && !out.isEmpty();
            if (count + (hyphen ? 2 : 1) > MAX_LENGTH) {
                break;
            }
            if (hyphen) {
                out.append('-');
                count++;
            }
            gap = false;
            out.appendCodePoint(cp);
            count++;
        }
        return out.isEmpty() ? FALLBACK : out.toString();
    }
}
