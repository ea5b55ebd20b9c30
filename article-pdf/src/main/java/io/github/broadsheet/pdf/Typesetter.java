package io.github.broadsheet.pdf;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openpdf.text.Chunk;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;

/**
 * Turns text into chunks, each in the first font of its style's chain that has its characters
 * (per-character fallback), and reports the characters no font has. One per document; not
 * thread-safe.
 */
final class Typesetter {

    /**
     * What a character no font has is printed as: U+25A1 WHITE SQUARE, the "tofu" box readers know
     * as a missing glyph (Liberation has no U+FFFD).
     */
    static final int REPLACEMENT = 0x25A1;

    /**
     * Punctuation that CJK text sets full width from the CJK font, though Liberation has it too:
     * curly quotes, the middle dot, the em dash and the ellipsis.
     */
    private static final String FULL_WIDTH_PUNCTUATION = "\u2018\u2019\u201C\u201D\u00B7\u2014\u2026";

    private final FontLibrary fonts;
    private final CjkVariant variant;
    private final Typeface cjkFamily;
    private final boolean cjkDocument;
    private final Warnings warnings;
    private final Map<TextStyle, FontChain> chains = new HashMap<>();
    private final Map<FontKey, Font> fontCache = new HashMap<>();

    private record FontKey(BaseFont font, TextStyle style) {}

    Typesetter(FontLibrary fonts, CjkVariant variant, Typeface cjkFamily, boolean cjkDocument, Warnings warnings) {
        this.fonts = fonts;
        this.variant = variant;
        this.cjkFamily = cjkFamily;
        this.cjkDocument = cjkDocument;
        this.warnings = warnings;
    }

    /** A run of text in one font. */
    record Run(String text, BaseFont font) {}

    /**
     * {@return chunks of the text, split where the font changes}
     *
     * @param text the text; tabs and line ends become spaces, other control characters are left
     *     out (and reported)
     * @param style how it looks
     * @param path where in the article it is, for warnings; {@code null} when the text was reported
     *     where it comes from (the running header repeats the title)
     */
    List<Chunk> chunks(String text, TextStyle style, String path) {
        List<Chunk> chunks = new ArrayList<>();
        for (Run run : runs(text, style, path)) {
            chunks.add(new Chunk(run.text(), font(run.font(), style)));
        }
        return chunks;
    }

    /** {@return the width of the text in points, as {@link #chunks} would set it} */
    float width(String text, TextStyle style, String path) {
        float width = 0;
        for (Run run : runs(text, style, path)) {
            width += run.font().getWidthPoint(run.text(), style.size());
        }
        return width;
    }

    /** {@return an OpenPDF font of a base font in a style} */
    Font font(BaseFont base, TextStyle style) {
        return fontCache.computeIfAbsent(new FontKey(base, style), k -> new Font(base, style.size(),
                style.underline() ? Font.UNDERLINE : Font.NORMAL, style.color()));
    }

    /** {@return the primary font of a style, for spacing, list symbols and line breaks} */
    Font primaryFont(TextStyle style) {
        return font(chain(style).primary(), style);
    }

    private FontChain chain(TextStyle style) {
        return chains.computeIfAbsent(style, s -> fonts.chain(s.typeface(), s.style(), variant, cjkFamily));
    }

    /** The first right-to-left character: U+0590, where the Hebrew block starts; none comes before. */
    static final int FIRST_RIGHT_TO_LEFT = 0x0590;

    static boolean isRightToLeft(int cp) {
        if (cp < FIRST_RIGHT_TO_LEFT) {
            return false;
        }
        byte d = Character.getDirectionality(cp);
        return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    List<Run> runs(String text, TextStyle style, String path) {
        FontChain chain = chain(style);
        String s = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
        List<Run> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        BaseFont runFont = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n' || cp == '\r' || cp == '\t') {
                cp = ' ';
            } else if (Character.getType(cp) == Character.CONTROL) {
                if (path != null) {
                    warnings.add(path, "the control character " + Warnings.codePoint(cp) + " is not printable; left out");
                }
                continue;
            }
            if (path != null && isRightToLeft(cp)) {
                warnings.add(path, "right-to-left text (such as " + Warnings.codePoint(cp) + ") is printed left to"
                        + " right: the PDF renderer does not reorder bidirectional text");
            }
            BaseFont font;
            if (runFont != null && Character.isSpaceChar(cp) && (chain.fontFor(cp) == runFont || runFont.charExists(cp))) {
                font = runFont; // a space joins the run it is in (asking the chain first, which remembers)
            } else if (cjkDocument && FULL_WIDTH_PUNCTUATION.indexOf(cp) >= 0) {
                font = chain.cjkFontFor(cp);
            } else {
                font = chain.fontFor(cp);
            }
            if (font == null) {
                font = chain.fontFor(REPLACEMENT);
                int shown = font == null ? '?' : REPLACEMENT;
                if (path != null) {
                    warnings.missingGlyph(path, cp, shown == REPLACEMENT ? "\u25A1 (U+25A1)" : "\"?\"", chain.hasCjkFont());
                }
                if (font == null) {
                    font = chain.primary();
                }
                cp = shown;
            }
            if (font != runFont && !run.isEmpty()) {
                runs.add(new Run(run.toString(), runFont));
                run.setLength(0);
            }
            runFont = font;
            run.appendCodePoint(cp);
        }
        if (!run.isEmpty()) {
            runs.add(new Run(run.toString(), runFont));
        }
        return runs;
    }
}
