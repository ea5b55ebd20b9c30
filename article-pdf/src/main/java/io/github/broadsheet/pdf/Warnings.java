package io.github.broadsheet.pdf;

import io.github.broadsheet.render.RenderWarning;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The warnings of one rendering, in article order, each once. Not thread-safe. */
final class Warnings {

    /** The most warnings one rendering reports: {@value}; the rest are counted in a last one. */
    static final int MAX_WARNINGS = 1000;

    private final List<RenderWarning> warnings = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private int dropped;

    void add(String path, String message) {
        String key = message.startsWith("right-to-left text") ? "rtl" : message;
        if (!seen.add(path + '\u0000' + key)) {
            return;
        }
        if (warnings.size() < MAX_WARNINGS) {
            warnings.add(new RenderWarning(path, message));
        } else {
            dropped++;
        }
    }

    /** Reports a character that no font of the chain has. */
    void missingGlyph(String path, int codePoint, String shownAs, boolean cjkFontFound) {
        String hint = !cjkFontFound && isCjk(codePoint)
                ? " (no CJK font was found: install Noto Sans CJK, such as Debian's fonts-noto-cjk, or add a font"
                        + " with PdfRenderer.Builder.addFont)"
                : "";
        add(path, "no font has a glyph for " + codePoint(codePoint) + nameOf(codePoint) + "; printed as " + shownAs
                + hint);
    }

    static String codePoint(int codePoint) {
        return String.format(Locale.ROOT, "U+%04X", codePoint);
    }

    private static String nameOf(int codePoint) {
        String name = Character.getName(codePoint);
        return name == null ? "" : " " + name;
    }

    private static boolean isCjk(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.BOPOMOFO
                || (codePoint >= 0x3000 && codePoint <= 0x303F) || (codePoint >= 0xFF00 && codePoint <= 0xFFEF);
    }

    List<RenderWarning> toList() {
        if (dropped == 0) {
            return List.copyOf(warnings);
        }
        List<RenderWarning> all = new ArrayList<>(warnings);
        all.add(new RenderWarning("article", dropped + " more warnings were left out"));
        return List.copyOf(all);
    }
}
