package io.github.broadsheet.render.text;

import java.text.BreakIterator;

/**
 * How many columns text takes in a monospaced terminal or editor. A character that Unicode's East
 * Asian Width property calls Wide or Fullwidth (CJK ideographs, kana, Hangul syllables, fullwidth
 * forms and punctuation) and an emoji shown as a picture take two columns; combining marks,
 * variation selectors and format characters such as the zero-width joiner take none; everything
 * else takes one. A grapheme cluster (a letter with its accents, an emoji sequence, a flag) takes
 * the columns of its first character, as terminals draw it.
 *
 * <p>The table follows Unicode 15's {@code EastAsianWidth.txt} for W and F closely, not exactly:
 * a few symbols at the edges of the emoji blocks count two columns where some terminals give one.
 */
final class DisplayWidth {

    /** Start and end (inclusive) of each range of two-column code points, in order. */
    private static final int[] WIDE = {
        0x1100, 0x115F, 0x231A, 0x231B, 0x2329, 0x232A, 0x23E9, 0x23EC, 0x23F0, 0x23F0, 0x23F3, 0x23F3,
        0x25FD, 0x25FE, 0x2614, 0x2615, 0x2648, 0x2653, 0x267F, 0x267F, 0x2693, 0x2693, 0x26A1, 0x26A1,
        0x26AA, 0x26AB, 0x26BD, 0x26BE, 0x26C4, 0x26C5, 0x26CE, 0x26CE, 0x26D4, 0x26D4, 0x26EA, 0x26EA,
        0x26F2, 0x26F3, 0x26F5, 0x26F5, 0x26FA, 0x26FA, 0x26FD, 0x26FD, 0x2705, 0x2705, 0x270A, 0x270B,
        0x2728, 0x2728, 0x274C, 0x274C, 0x274E, 0x274E, 0x2753, 0x2755, 0x2757, 0x2757, 0x2795, 0x2797,
        0x27B0, 0x27B0, 0x27BF, 0x27BF, 0x2B1B, 0x2B1C, 0x2B50, 0x2B50, 0x2B55, 0x2B55,
        0x2E80, 0x303E, 0x3041, 0x3247, 0x3250, 0x4DBF, 0x4E00, 0xA4CF, 0xA960, 0xA97F, 0xAC00, 0xD7A3,
        0xF900, 0xFAFF, 0xFE10, 0xFE19, 0xFE30, 0xFE6F, 0xFF00, 0xFF60, 0xFFE0, 0xFFE6,
        0x16FE0, 0x16FE4, 0x16FF0, 0x16FF1, 0x17000, 0x18CFF, 0x18D00, 0x18D08, 0x1AFF0, 0x1B2FF,
        0x1F004, 0x1F004, 0x1F0CF, 0x1F0CF, 0x1F18E, 0x1F18E, 0x1F191, 0x1F19A, 0x1F1E6, 0x1F1FF,
        0x1F200, 0x1F202, 0x1F210, 0x1F23B, 0x1F240, 0x1F248, 0x1F250, 0x1F251, 0x1F260, 0x1F265,
        0x1F300, 0x1F64F, 0x1F680, 0x1F6FF, 0x1F7E0, 0x1F7EB, 0x1F90C, 0x1F9FF, 0x1FA70, 0x1FAFF,
        0x20000, 0x2FFFD, 0x30000, 0x3FFFD,
    };

    private DisplayWidth() {}

    /** {@return the columns of one code point: 0, 1 or 2} @param cp the code point */
    static int codePoint(int cp) {
        switch (Character.getType(cp)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.FORMAT -> {
                return 0;
            }
            default -> {
                // Hangul vowels and final consonants join the syllable before them.
                if (cp >= 0x1160 && cp <= 0x11FF) {
                    return 0;
                }
                return isWide(cp) ? 2 : 1;
            }
        }
    }

    /** {@return whether a code point takes two columns} @param cp the code point */
    static boolean isWide(int cp) {
        int low = 0;
        int high = WIDE.length / 2 - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (cp < WIDE[2 * mid]) {
                high = mid - 1;
            } else if (cp > WIDE[2 * mid + 1]) {
                low = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** {@return the columns of a grapheme cluster: those of its first code point} @param cluster the cluster */
    static int cluster(CharSequence cluster) {
        return cluster.isEmpty() ? 0 : codePoint(Character.codePointAt(cluster, 0));
    }

    /** {@return the columns of a line of text, cluster by cluster} @param text the text, without line breaks */
    static int of(String text) {
        BreakIterator clusters = BreakIterator.getCharacterInstance();
        clusters.setText(text);
        int width = 0;
        for (int start = clusters.first(), end = clusters.next(); end != BreakIterator.DONE; start = end, end = clusters.next()) {
            width += cluster(text.substring(start, end));
        }
        return width;
    }
}
