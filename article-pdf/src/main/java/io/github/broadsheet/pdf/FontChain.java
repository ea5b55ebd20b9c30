package io.github.broadsheet.pdf;

import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.openpdf.text.pdf.BaseFont;

/**
 * The fonts one style of text is set in, in order of preference: each character goes to the first
 * font that has a glyph for it. A font further down is loaded only when a character needs it.
 * Thread-safe.
 */
final class FontChain {

    /** One font of the chain, loaded on first use. */
    static final class Slot {
        private final Supplier<Optional<BaseFont>> loader;
        private volatile Optional<BaseFont> font;

        Slot(Supplier<Optional<BaseFont>> loader) {
            this.loader = loader;
        }

        Optional<BaseFont> font() {
            Optional<BaseFont> f = font;
            if (f == null) {
                f = loader.get();
                font = f;
            }
            return f;
        }
    }

    private final List<Slot> slots;
    private final int cjkSlot;
    private final BooleanSupplier hasCjkFont;

    /**
     * @param slots the fonts, in order of preference
     * @param cjkSlot which of them is the CJK font
     * @param hasCjkFont whether a CJK font was found on this system
     */
    FontChain(List<Slot> slots, int cjkSlot, BooleanSupplier hasCjkFont) {
        this.slots = List.copyOf(slots);
        this.cjkSlot = cjkSlot;
        this.hasCjkFont = hasCjkFont;
    }

    /** {@return the first font: the configured face (its common characters), which sets spaces and digits} */
    BaseFont primary() {
        return slots.get(0).font().orElseThrow();
    }

    /** {@return the first font with a glyph for a code point, or {@code null} if none has one} */
    BaseFont fontFor(int codePoint) {
        for (Slot slot : slots) {
            Optional<BaseFont> font = slot.font();
            if (font.isPresent() && font.get().charExists(codePoint)) {
                return font.get();
            }
        }
        return null;
    }

    /**
     * {@return the CJK font if it has a glyph for a code point, else the first font that has one}
     * For punctuation that CJK text sets full width, such as curly quotes.
     */
    BaseFont cjkFontFor(int codePoint) {
        if (cjkSlot < slots.size()) {
            Optional<BaseFont> cjk = slots.get(cjkSlot).font();
            if (cjk.isPresent() && cjk.get().charExists(codePoint)) {
                return cjk.get();
            }
        }
        return fontFor(codePoint);
    }

    /** {@return whether a CJK font was found on this system} */
    boolean hasCjkFont() {
        return hasCjkFont.getAsBoolean();
    }
}
