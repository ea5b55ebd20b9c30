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

    /**
     * Characters below this one have their font remembered: {@value}, which covers the alphabets,
     * punctuation and symbols before the CJK blocks, in 12 KB per chain.
     */
    static final int REMEMBERED = 0x3000;

    /** A remembered character no font has. */
    private static final byte NONE = -1;

    private final List<Slot> slots;
    private final int cjkSlot;
    private final BooleanSupplier hasCjkFont;
    /**
     * Which slot has each character below {@link #REMEMBERED}: 0 when not looked up yet, the slot's
     * index + 1, or {@link #NONE}. Threads may look a character up at once; they find and store the
     * same value, so the race is harmless.
     */
    private final byte[] slotOf = new byte[REMEMBERED];

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
        if (codePoint >= 0 && codePoint < REMEMBERED) {
            byte known = slotOf[codePoint];
            if (known == 0) {
                int slot = slotFor(codePoint);
                if (slot >= Byte.MAX_VALUE) {
                    return slots.get(slot).font().orElseThrow(); // not remembered past the 126th font
                }
                known = slot < 0 ? NONE : (byte) (slot + 1);
                slotOf[codePoint] = known;
            }
            return known == NONE ? null : slots.get(known - 1).font().orElseThrow();
        }
        return firstWith(codePoint);
    }

    /** {@return the first font with a glyph for a code point, or {@code null}}, looked up without remembering */
    BaseFont firstWith(int codePoint) {
        int slot = slotFor(codePoint);
        return slot < 0 ? null : slots.get(slot).font().orElseThrow();
    }

    /** {@return the index of the first slot with a glyph for a code point, or -1} */
    private int slotFor(int codePoint) {
        for (int i = 0; i < slots.size(); i++) {
            Optional<BaseFont> font = slots.get(i).font();
            if (font.isPresent() && font.get().charExists(codePoint)) {
                return i;
            }
        }
        return -1;
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
