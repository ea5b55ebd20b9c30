package io.github.broadsheet.pdf;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Cuts a smaller TrueType font out of a larger one: only the glyphs of some characters (and the
 * glyphs their composite glyphs are built from), renumbered from 1, with their outlines, hinting
 * and advance widths unchanged, a new character map, and the larger font's names and global
 * metrics.
 *
 * <p>Why: OpenPDF subsets a font for each document without renumbering its glyphs, so every
 * embedded subset carries the whole font's {@code loca} and {@code hmtx} tables (about 20 KB for a
 * Liberation face of 2,600 glyphs, deflated anew for each document). Cut once per renderer to the
 * few hundred glyphs European text uses, a face gives subsets less than half the size (those
 * tables shrink ninefold), which are written and compressed in well under half the time.
 *
 * <p>Kept: {@code OS/2}, {@code cvt }, {@code fpgm}, {@code gasp}, {@code name}, {@code prep} as
 * they are; {@code head}, {@code hhea}, {@code maxp} with the new glyph count and the
 * {@code loca} format (short when the glyphs fit); {@code post} as version 3 (no glyph names).
 * Left out: the layout tables ({@code GSUB}, {@code GPOS}, {@code GDEF}, {@code kern}), which
 * OpenPDF does not apply, and per-glyph device tables. Only {@code glyf} fonts with a Unicode {@code cmap} (format 4 or 12).
 */
final class TrueTypeCut {

    private static final int ARG_1_AND_2_ARE_WORDS = 0x0001;
    private static final int WE_HAVE_A_SCALE = 0x0008;
    private static final int MORE_COMPONENTS = 0x0020;
    private static final int WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
    private static final int WE_HAVE_A_TWO_BY_TWO = 0x0080;

    /** The tables copied unchanged when present. */
    private static final List<String> COPIED = List.of("OS/2", "cvt ", "fpgm", "gasp", "name", "prep");

    private final ByteBuffer font;
    private final Map<String, int[]> tables = new LinkedHashMap<>();

    private TrueTypeCut(byte[] font) {
        this.font = ByteBuffer.wrap(font);
        int version = this.font.getInt(0);
        if (version != 0x00010000 && version != 0x74727565) { // 'true'
            throw new IllegalArgumentException("not a TrueType font with glyf outlines");
        }
        int count = u16(4);
        for (int i = 0; i < count; i++) {
            int record = 12 + 16 * i;
            String tag = new String(font, record, 4, StandardCharsets.ISO_8859_1);
            tables.put(tag, new int[] {this.font.getInt(record + 8), this.font.getInt(record + 12)});
        }
        for (String required : List.of("head", "hhea", "maxp", "hmtx", "loca", "glyf", "cmap")) {
            if (!tables.containsKey(required)) {
                throw new IllegalArgumentException("the font has no " + required + " table");
            }
        }
    }

    /**
     * {@return a font with the glyphs of the given characters}: those the font has; the others are
     * left out, so the cut font does not have them either
     *
     * @param font a TrueType font program ({@code .ttf}) with {@code glyf} outlines
     * @param codePoints the characters, in the Basic Multilingual Plane
     * @throws IllegalArgumentException if the font is not such a font, or a character is beyond U+FFFF
     */
    static byte[] cut(byte[] font, int[] codePoints) {
        return new TrueTypeCut(font).cut(codePoints);
    }

    private byte[] cut(int[] codePoints) {
        int numGlyphs = u16(offset("maxp") + 4);
        int[] loca = readLoca(numGlyphs);
        // The new glyph order: .notdef, the characters' glyphs in character order, then components.
        List<Integer> order = new ArrayList<>();
        int[] newIndex = new int[numGlyphs];
        Arrays.fill(newIndex, -1);
        order.add(0);
        newIndex[0] = 0;
        TreeMap<Integer, Integer> cmap = new TreeMap<>();
        int[] sorted = codePoints.clone();
        Arrays.sort(sorted);
        for (int cp : sorted) {
            if (cp > 0xFFFF) {
                throw new IllegalArgumentException("only characters up to U+FFFF, was U+" + Integer.toHexString(cp));
            }
            int glyph = glyphOf(cp);
            if (glyph <= 0 || glyph >= numGlyphs) {
                continue;
            }
            if (newIndex[glyph] < 0) {
                newIndex[glyph] = order.size();
                order.add(glyph);
            }
            cmap.put(cp, newIndex[glyph]);
        }
        int glyf = offset("glyf");
        for (int i = 0; i < order.size(); i++) { // grows while components are found
            forEachComponent(glyf + loca[order.get(i)], loca[order.get(i) + 1] - loca[order.get(i)], (flagsAt, glyph) -> {
                if (glyph >= numGlyphs) {
                    throw new IllegalArgumentException("a composite glyph refers to glyph " + glyph
                            + " of " + numGlyphs);
                }
                if (newIndex[glyph] < 0) {
                    newIndex[glyph] = order.size();
                    order.add(glyph);
                }
            });
        }

        Map<String, byte[]> out = new TreeMap<>();
        int[] newLoca = new int[order.size() + 1];
        out.put("glyf", glyf(order, loca, newIndex, newLoca));
        // The short loca format (offsets / 2 in 16 bits) when the glyphs fit: half the size in every subset.
        boolean shortLoca = newLoca[order.size()] <= 0x1FFFE;
        out.put("loca", loca(newLoca, shortLoca));
        out.put("hmtx", hmtx(order));
        out.put("cmap", cmap4(cmap));
        byte[] head = copy("head");
        ByteBuffer.wrap(head).putInt(8, 0).putShort(50, (short) (shortLoca ? 0 : 1)); // checkSumAdjustment later
        out.put("head", head);
        byte[] hhea = copy("hhea");
        ByteBuffer.wrap(hhea).putShort(34, (short) order.size());
        out.put("hhea", hhea);
        byte[] maxp = copy("maxp");
        ByteBuffer.wrap(maxp).putShort(4, (short) order.size());
        out.put("maxp", maxp);
        if (tables.containsKey("post") && length("post") >= 32) {
            byte[] post = Arrays.copyOfRange(font.array(), offset("post"), offset("post") + 32);
            ByteBuffer.wrap(post).putInt(0, 0x00030000);
            out.put("post", post);
        }
        for (String tag : COPIED) {
            if (tables.containsKey(tag)) {
                out.put(tag, copy(tag));
            }
        }
        return assemble(out);
    }

    // ---- reading -------------------------------------------------------------------------

    private int u16(int at) {
        return font.getShort(at) & 0xFFFF;
    }

    private int offset(String tag) {
        return tables.get(tag)[0];
    }

    private int length(String tag) {
        return tables.get(tag)[1];
    }

    private byte[] copy(String tag) {
        return Arrays.copyOfRange(font.array(), offset(tag), offset(tag) + length(tag));
    }

    private int[] readLoca(int numGlyphs) {
        boolean longFormat = font.getShort(offset("head") + 50) != 0;
        int at = offset("loca");
        int[] loca = new int[numGlyphs + 1];
        for (int i = 0; i <= numGlyphs; i++) {
            loca[i] = longFormat ? font.getInt(at + 4 * i) : u16(at + 2 * i) * 2;
        }
        return loca;
    }

    /** {@return the glyph of a character in the font's Unicode map, 0 when it has none} */
    private int glyphOf(int cp) {
        int cmap = offset("cmap");
        int count = u16(cmap + 2);
        int format12 = -1;
        int format4 = -1;
        for (int i = 0; i < count; i++) {
            int platform = u16(cmap + 4 + 8 * i);
            int encoding = u16(cmap + 6 + 8 * i);
            int subtable = cmap + font.getInt(cmap + 8 + 8 * i);
            boolean unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10));
            if (unicode && u16(subtable) == 12) {
                format12 = subtable;
            } else if (unicode && u16(subtable) == 4 && format4 < 0) {
                format4 = subtable;
            }
        }
        if (format12 >= 0) {
            int groups = font.getInt(format12 + 12);
            for (int g = 0; g < groups; g++) {
                int at = format12 + 16 + 12 * g;
                if (cp >= font.getInt(at) && cp <= font.getInt(at + 4)) {
                    return font.getInt(at + 8) + cp - font.getInt(at);
                }
            }
            return 0;
        }
        if (format4 < 0) {
            throw new IllegalArgumentException("the font has no Unicode cmap of format 4 or 12");
        }
        int segments = u16(format4 + 6) / 2;
        int ends = format4 + 14;
        int starts = ends + 2 * segments + 2;
        int deltas = starts + 2 * segments;
        int rangeOffsets = deltas + 2 * segments;
        for (int s = 0; s < segments; s++) {
            if (cp <= u16(ends + 2 * s)) {
                int start = u16(starts + 2 * s);
                if (cp < start) {
                    return 0;
                }
                int rangeOffset = u16(rangeOffsets + 2 * s);
                if (rangeOffset == 0) {
                    return (cp + u16(deltas + 2 * s)) & 0xFFFF;
                }
                int glyph = u16(rangeOffsets + 2 * s + rangeOffset + 2 * (cp - start));
                return glyph == 0 ? 0 : (glyph + u16(deltas + 2 * s)) & 0xFFFF;
            }
        }
        return 0;
    }

    private interface ComponentVisitor {
        void component(int flagsAt, int glyph);
    }

    /** Calls the visitor for each component of a composite glyph; nothing for a simple or empty one. */
    private void forEachComponent(int at, int length, ComponentVisitor visitor) {
        if (length <= 0 || font.getShort(at) >= 0) {
            return;
        }
        int p = at + 10;
        int flags;
        do {
            flags = u16(p);
            visitor.component(p, u16(p + 2));
            p += 4 + ((flags & ARG_1_AND_2_ARE_WORDS) != 0 ? 4 : 2);
            if ((flags & WE_HAVE_A_SCALE) != 0) {
                p += 2;
            } else if ((flags & WE_HAVE_AN_X_AND_Y_SCALE) != 0) {
                p += 4;
            } else if ((flags & WE_HAVE_A_TWO_BY_TWO) != 0) {
                p += 8;
            }
        } while ((flags & MORE_COMPONENTS) != 0);
    }

    // ---- writing -------------------------------------------------------------------------

    private byte[] glyf(List<Integer> order, int[] loca, int[] newIndex, int[] newLoca) {
        int size = 0;
        for (int glyph : order) {
            size += (loca[glyph + 1] - loca[glyph] + 3) & ~3;
        }
        byte[] out = new byte[size];
        ByteBuffer buffer = ByteBuffer.wrap(out);
        int glyf = offset("glyf");
        int p = 0;
        for (int i = 0; i < order.size(); i++) {
            int glyph = order.get(i);
            int start = glyf + loca[glyph];
            int length = loca[glyph + 1] - loca[glyph];
            newLoca[i] = p;
            System.arraycopy(font.array(), start, out, p, Math.max(0, length));
            int base = p;
            forEachComponent(start, length, (flagsAt, component) ->
                    buffer.putShort(base + flagsAt - start + 2, (short) newIndex[component]));
            p += (Math.max(0, length) + 3) & ~3;
        }
        newLoca[order.size()] = p;
        return out;
    }

    private static byte[] loca(int[] loca, boolean shortFormat) {
        ByteBuffer out = ByteBuffer.allocate((shortFormat ? 2 : 4) * loca.length);
        for (int offset : loca) {
            if (shortFormat) {
                out.putShort((short) (offset / 2)); // every offset is even: glyphs are 4-byte aligned
            } else {
                out.putInt(offset);
            }
        }
        return out.array();
    }

    private byte[] hmtx(List<Integer> order) {
        int metrics = u16(offset("hhea") + 34);
        int hmtx = offset("hmtx");
        ByteBuffer out = ByteBuffer.allocate(4 * order.size());
        for (int glyph : order) {
            if (glyph < metrics) {
                out.putInt(font.getInt(hmtx + 4 * glyph));
            } else { // the last advance, and this glyph's own left side bearing
                out.putShort(font.getShort(hmtx + 4 * (metrics - 1)));
                out.putShort(font.getShort(hmtx + 4 * metrics + 2 * (glyph - metrics)));
            }
        }
        return out.array();
    }

    /** {@return a cmap with one (3, 1) subtable of format 4: a segment per run of consecutive characters and glyphs} */
    private static byte[] cmap4(TreeMap<Integer, Integer> map) {
        List<int[]> segments = new ArrayList<>(); // start, end, delta
        int[] current = null;
        for (Map.Entry<Integer, Integer> e : map.entrySet()) {
            int cp = e.getKey();
            int delta = e.getValue() - cp;
            if (current != null && cp == current[1] + 1 && delta == current[2]) {
                current[1] = cp;
            } else {
                current = new int[] {cp, cp, delta};
                segments.add(current);
            }
        }
        segments.add(new int[] {0xFFFF, 0xFFFF, 1});
        int count = segments.size();
        int length = 16 + 8 * count;
        ByteBuffer out = ByteBuffer.allocate(12 + length);
        out.putShort((short) 0).putShort((short) 1); // version, one subtable
        out.putShort((short) 3).putShort((short) 1).putInt(12); // Windows, Unicode BMP
        int searchRange = 2 * Integer.highestOneBit(count);
        out.putShort((short) 4).putShort((short) length).putShort((short) 0);
        out.putShort((short) (2 * count)).putShort((short) searchRange)
                .putShort((short) Integer.numberOfTrailingZeros(searchRange / 2))
                .putShort((short) (2 * count - searchRange));
        segments.forEach(s -> out.putShort((short) s[1]));
        out.putShort((short) 0);
        segments.forEach(s -> out.putShort((short) s[0]));
        segments.forEach(s -> out.putShort((short) s[2]));
        segments.forEach(s -> out.putShort((short) 0));
        return out.array();
    }

    /** {@return the font file}: the table directory in tag order, each table 4-byte aligned, with checksums */
    private static byte[] assemble(Map<String, byte[]> tables) {
        int count = tables.size();
        int size = 12 + 16 * count;
        for (byte[] table : tables.values()) {
            size += (table.length + 3) & ~3;
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        int searchRange = 16 * Integer.highestOneBit(count);
        out.putInt(0x00010000).putShort((short) count).putShort((short) searchRange)
                .putShort((short) Integer.numberOfTrailingZeros(searchRange / 16))
                .putShort((short) (16 * count - searchRange));
        int offset = 12 + 16 * count;
        int headAt = -1;
        for (Map.Entry<String, byte[]> e : tables.entrySet()) {
            byte[] table = e.getValue();
            if (e.getKey().equals("head")) {
                headAt = offset;
            }
            out.put(e.getKey().getBytes(StandardCharsets.ISO_8859_1))
                    .putInt(checksum(table, 0, table.length)).putInt(offset).putInt(table.length);
            out.put(offset, table);
            offset += (table.length + 3) & ~3;
        }
        byte[] bytes = out.array();
        ByteBuffer.wrap(bytes).putInt(headAt + 8, 0xB1B0AFBA - checksum(bytes, 0, bytes.length));
        return bytes;
    }

    /** {@return the sum of a table's big-endian 32-bit words, the last one padded with zeros} */
    static int checksum(byte[] data, int from, int length) {
        int sum = 0;
        for (int i = 0; i < length; i += 4) {
            int word = 0;
            for (int k = 0; k < 4; k++) {
                word = (word << 8) | (i + k < length ? data[from + i + k] & 0xFF : 0);
            }
            sum += word;
        }
        return sum;
    }
}
