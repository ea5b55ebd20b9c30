package io.github.broadsheet.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.IntStream;
import org.librepdf.openpdf.fonts.Liberation;
import org.openpdf.text.pdf.BaseFont;

/**
 * The fonts of one renderer, each loaded once, when first needed, and shared by every document
 * and thread: the Liberation faces from {@code openpdf-fonts-extra}, the Noto CJK collections
 * found on the system, and the font files the user added. Thread-safe.
 *
 * <p>Each Liberation face comes twice in a chain: first cut to its {@linkplain #COMMON_CHARACTERS
 * common characters} ({@link TrueTypeCut}: about 360 of its 2,600 glyphs), then whole, for the
 * rest. OpenPDF writes every glyph's offset and width into each subset it embeds, so a subset of
 * the cut face is less than half the size of one of the whole face, and is written and
 * compressed in well under half the time; the whole face is loaded and embedded only for text
 * that needs it.
 *
 * <p>OpenPDF's {@link BaseFont} is safe to share once loaded: laying out text only reads it, and
 * writing a subset reads the font program through a fresh file or array reader each time.
 */
final class FontLibrary {

    /** Where Noto Sans/Serif CJK collections are looked for when the builder names no folders. */
    static final List<Path> DEFAULT_CJK_DIRECTORIES = List.of(
            Path.of("/usr/share/fonts/opentype/noto"),       // Debian, Ubuntu: fonts-noto-cjk
            Path.of("/usr/share/fonts/noto-cjk"),            // Arch: noto-fonts-cjk
            Path.of("/usr/share/fonts/google-noto-cjk"),     // Fedora
            Path.of("/usr/share/fonts/truetype/noto"),
            Path.of("/usr/local/share/fonts"));

    /** A font file a user added, with its index when it is a collection. */
    record FontFile(Path path, int index) {
        FontFile {
            Objects.requireNonNull(path, "path");
            String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!(name.endsWith(".ttf") || name.endsWith(".otf") || name.endsWith(".ttc"))) {
                throw new IllegalArgumentException("a font file is a .ttf, .otf or .ttc file, was " + path);
            }
            if (index < 0 || (index > 0 && !name.endsWith(".ttc"))) {
                throw new IllegalArgumentException("a font index is 0 for .ttf and .otf files and not negative, was "
                        + index + " for " + path);
            }
        }

        /** {@return the name OpenPDF loads it by: the path, with {@code ,INDEX} for a collection} */
        String openPdfName() {
            return path.toString().toLowerCase(Locale.ROOT).endsWith(".ttc") ? path + "," + index : path.toString();
        }
    }

    /**
     * The Noto CJK collection of one family and weight, found on disk. It is read on first use, not
     * when it is found: listing its faces means reading the whole file (20 to 26 MB each for Noto
     * CJK), which cost every article, CJK or not, about 90 MB of memory and a tenth of the command
     * line's start-up.
     *
     * <p>Once read, its bytes are kept, and its faces are loaded from them, not from the file. A
     * Noto CJK face is a CFF-flavoured OpenType font, and OpenPDF copies the face's whole {@code CFF }
     * table (nearly all of the file) out of the font's reader for every document that embeds a subset
     * of it: from memory that is an array copy, from the file a read of 20 MB or more each time.
     */
    private static final class CjkFile {
        private final Path path;
        private volatile byte[] bytes;
        private volatile List<String> faceNames;

        CjkFile(Path path) {
            this.path = path;
        }

        Path path() {
            return path;
        }

        /** {@return the whole collection, read once}; the array is shared and never written to */
        byte[] bytes() throws IOException {
            byte[] b = bytes;
            if (b == null) {
                synchronized (this) {
                    b = bytes;
                    if (b == null) {
                        b = Files.readAllBytes(path);
                        bytes = b;
                    }
                }
            }
            return b;
        }

        List<String> faceNames() throws IOException {
            List<String> names = faceNames;
            if (names == null) {
                names = List.of(BaseFont.enumerateTTCNames(bytes()));
                faceNames = names;
            }
            return names;
        }
    }

    private static final byte[] TTC_TAG = {'t', 't', 'c', 'f'};

    /**
     * The characters of the cut Liberation faces: ASCII, Latin-1 and Latin Extended-A, the
     * Romanian commas, the spacing accents, and the common punctuation, currency and symbols.
     */
    static final int[] COMMON_CHARACTERS = characters(new int[] {
        0x0020, 0x007E, 0x00A0, 0x017F, 0x0192, 0x0192, 0x0218, 0x021B, 0x02C6, 0x02C7, 0x02D8, 0x02DD,
        0x2010, 0x2015, 0x2018, 0x201E, 0x2020, 0x2022, 0x2026, 0x2026, 0x2030, 0x2030, 0x2032, 0x2033,
        0x2039, 0x203A, 0x2044, 0x2044, 0x20AC, 0x20AC, 0x2116, 0x2116, 0x2122, 0x2122, 0x2212, 0x2212,
        Typesetter.REPLACEMENT, Typesetter.REPLACEMENT});

    private final List<Path> cjkDirectories;
    private final boolean cutLiberation;
    private final boolean cjkInMemory;
    private final List<FontFile> extraFiles;
    private final List<BaseFont> extraFonts;
    private final ConcurrentMap<String, Optional<BaseFont>> loaded = new ConcurrentHashMap<>();
    private final ConcurrentMap<ChainKey, FontChain> chains = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, String> problems = new ConcurrentHashMap<>();
    private volatile Map<CjkFace, CjkFile> cjkFiles;
    private volatile String description;

    private record ChainKey(Typeface typeface, FontStyle style, CjkVariant variant, Typeface cjkFamily) {}

    private enum CjkFace {
        SANS_REGULAR("NotoSansCJK-Regular.ttc"),
        SANS_BOLD("NotoSansCJK-Bold.ttc"),
        SERIF_REGULAR("NotoSerifCJK-Regular.ttc"),
        SERIF_BOLD("NotoSerifCJK-Bold.ttc");

        final String fileName;

        CjkFace(String fileName) {
            this.fileName = fileName;
        }
    }

    /**
     * Creates the library and loads the user's fonts at once, so that a bad file fails here.
     *
     * @param cjkDirectories where to look for Noto CJK collections; empty for none
     * @param extraFiles the user's fonts, last in every chain
     * @throws UncheckedIOException if a user's font cannot be read
     */
    FontLibrary(List<Path> cjkDirectories, List<FontFile> extraFiles) {
        this(cjkDirectories, extraFiles, true, true);
    }

    /**
     * Creates the library.
     *
     * @param cjkDirectories where to look for Noto CJK collections; empty for none
     * @param extraFiles the user's fonts, last in every chain
     * @param cutLiberation whether each Liberation face comes first cut to its common characters;
     *     {@code false} only to compare with the whole faces
     * @param cjkInMemory whether the Noto CJK faces load from their collection's bytes, read once
     *     (see {@code CjkFile}); {@code false} only to compare with faces loaded from the file
     * @throws UncheckedIOException if a user's font cannot be read
     */
    FontLibrary(List<Path> cjkDirectories, List<FontFile> extraFiles, boolean cutLiberation, boolean cjkInMemory) {
        this.cjkDirectories = List.copyOf(cjkDirectories);
        this.cutLiberation = cutLiberation;
        this.cjkInMemory = cjkInMemory;
        this.extraFiles = List.copyOf(extraFiles);
        List<BaseFont> fonts = new ArrayList<>();
        for (FontFile file : this.extraFiles) {
            try {
                fonts.add(prepare(BaseFont.createFont(file.openPdfName(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                        false), file.path().getFileName().toString()));
            } catch (IOException | RuntimeException e) {
                throw new UncheckedIOException(new IOException("cannot read the font " + file.openPdfName() + ": "
                        + e.getMessage(), e));
            }
        }
        this.extraFonts = List.copyOf(fonts);
    }

    /**
     * {@return the font chain of a typeface and style}
     *
     * @param typeface the Liberation family
     * @param style the style
     * @param variant the regional forms of CJK characters
     * @param cjkFamily the Noto CJK family: a document's body family for all its text, since each
     *     embedded CJK subset weighs about 200 KB whatever it holds
     */
    FontChain chain(Typeface typeface, FontStyle style, CjkVariant variant, Typeface cjkFamily) {
        return chains.computeIfAbsent(new ChainKey(typeface, style, variant, cjkFamily), this::newChain);
    }

    private FontChain newChain(ChainKey key) {
        List<FontChain.Slot> slots = new ArrayList<>();
        String family = key.typeface() == Typeface.SERIF ? "Serif" : "Sans";
        String resource = "liberation/Liberation" + family + "-" + key.style().suffix() + ".ttf";
        if (cutLiberation) {
            slots.add(new FontChain.Slot(() -> liberation(resource, true)));
        }
        slots.add(new FontChain.Slot(() -> liberation(resource, false)));
        int cjkSlot = slots.size();
        slots.add(new FontChain.Slot(() -> cjk(key)));
        for (BaseFont extra : extraFonts) {
            slots.add(new FontChain.Slot(() -> Optional.of(extra)));
        }
        return new FontChain(slots, cjkSlot, this::hasCjkFont);
    }

    /** {@return whether a Noto CJK collection was found} Looks for one the first time. */
    boolean hasCjkFont() {
        return !cjkFiles().isEmpty();
    }

    /** {@return what went wrong loading fonts so far, such as an unreadable CJK collection} */
    List<String> problems() {
        return problems.values().stream().sorted().toList();
    }

    /**
     * {@return a description of the fonts, for the document identity}; made once, as the CJK files
     * are found once and the added fonts are fixed
     */
    String describe() {
        String text = description;
        if (text == null) {
            text = "cjk=" + cjkFiles().values().stream().map(f -> f.path().toString()).toList() + " extra="
                    + extraFiles.stream().map(FontFile::openPdfName).toList();
            description = text;
        }
        return text;
    }

    /**
     * {@return a Liberation face, whole or cut to its common characters}
     *
     * @param resource the face's resource name
     * @param cut whether to cut it to {@link #COMMON_CHARACTERS}
     */
    private Optional<BaseFont> liberation(String resource, boolean cut) {
        return loaded.computeIfAbsent(cut ? resource + "#common" : resource, key -> {
            try (InputStream in = Liberation.class.getResourceAsStream("/" + resource)) {
                if (in == null) {
                    throw new IllegalStateException("the font " + resource + " is not on the class path;"
                            + " it comes with com.github.librepdf:openpdf-fonts-extra");
                }
                byte[] bytes = in.readAllBytes();
                if (cut) {
                    bytes = TrueTypeCut.cut(bytes, COMMON_CHARACTERS);
                }
                String fileName = resource.substring(resource.lastIndexOf('/') + 1);
                // The key names the font for its subset tags: the cut and the whole face get different ones.
                return Optional.of(prepare(BaseFont.createFont(fileName, BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                        false, bytes, null), key.substring(key.lastIndexOf('/') + 1)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the font " + resource, e);
            }
        });
    }

    /** {@return the code points of inclusive ranges, given as first, last, first, last…} */
    private static int[] characters(int[] ranges) {
        return IntStream.range(0, ranges.length / 2)
                .flatMap(i -> IntStream.rangeClosed(ranges[2 * i], ranges[2 * i + 1]))
                .toArray();
    }

    private Optional<BaseFont> cjk(ChainKey key) {
        Map<CjkFace, CjkFile> files = cjkFiles();
        boolean serif = key.cjkFamily() == Typeface.SERIF;
        boolean bold = key.style().bold();
        List<CjkFace> preference = new ArrayList<>();
        // The family and weight asked for first; then the other weight; then the other family.
        for (boolean s : new boolean[] {serif, !serif}) {
            for (boolean b : new boolean[] {bold, !bold}) {
                preference.add(s ? (b ? CjkFace.SERIF_BOLD : CjkFace.SERIF_REGULAR)
                        : (b ? CjkFace.SANS_BOLD : CjkFace.SANS_REGULAR));
            }
        }
        for (CjkFace face : preference) {
            CjkFile file = files.get(face);
            if (file != null) {
                int index;
                try {
                    index = indexOf(file, key.variant());
                } catch (IOException | RuntimeException e) {
                    problems.put(file.path().toString(), "cannot read the CJK font " + file.path() + ": " + e.getMessage());
                    continue;
                }
                return loaded.computeIfAbsent(file.path() + "," + index, name -> {
                    try {
                        // From the collection's bytes (see CjkFile); OpenPDF finds the face by the ",INDEX" of the name.
                        BaseFont font = cjkInMemory
                                ? BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, file.bytes(), null)
                                : BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false);
                        return Optional.of(prepare(font, file.path().getFileName() + "#" + index));
                    } catch (IOException | RuntimeException e) {
                        problems.put(name, "cannot read the CJK font " + name + ": " + e.getMessage());
                        return Optional.empty();
                    }
                });
            }
        }
        return Optional.empty();
    }

    /** {@return the index of a variant's face in a collection}: by its name, such as {@code NotoSansCJKsc-Regular} */
    private static int indexOf(CjkFile file, CjkVariant variant) throws IOException {
        List<String> names = file.faceNames();
        for (CjkVariant v : new CjkVariant[] {variant, CjkVariant.SC}) {
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i).toLowerCase(Locale.ROOT);
                if (!name.contains("mono") && name.contains("cjk" + v.tag() + "-")) {
                    return i;
                }
            }
        }
        return 0;
    }

    private Map<CjkFace, CjkFile> cjkFiles() {
        Map<CjkFace, CjkFile> files = cjkFiles;
        if (files == null) {
            synchronized (this) {
                files = cjkFiles;
                if (files == null) {
                    files = findCjkFiles();
                    cjkFiles = files;
                }
            }
        }
        return files;
    }

    private Map<CjkFace, CjkFile> findCjkFiles() {
        Map<CjkFace, CjkFile> found = new EnumMap<>(CjkFace.class);
        for (CjkFace face : CjkFace.values()) {
            for (Path directory : cjkDirectories) {
                Path file = directory.resolve(face.fileName);
                if (Files.isRegularFile(file) && Files.isReadable(file)) {
                    // Only the header here (see CjkFile): a file that is not a collection is passed over.
                    try (InputStream in = Files.newInputStream(file)) {
                        if (Arrays.equals(in.readNBytes(4), TTC_TAG)) {
                            found.put(face, new CjkFile(file));
                            break;
                        }
                        problems.put(file.toString(), "cannot read the CJK font " + file + ": not a TrueType collection");
                    } catch (IOException | RuntimeException e) {
                        problems.put(file.toString(), "cannot read the CJK font " + file + ": " + e.getMessage());
                    }
                }
            }
        }
        // An EnumMap keeps its order; Map.copyOf's iteration order changes from one JVM to the next.
        return Collections.unmodifiableMap(found);
    }

    /**
     * Subset tags from the document, no CIDSet (optional in PDF/A-2, and easy to get wrong), and
     * the renderer's {@linkplain ArticleLayout#COMPRESSION compression}.
     */
    private static BaseFont prepare(BaseFont font, String name) {
        font.setSecureRandom(new SubsetTagRandom(name));
        font.setIncludeCidSet(false);
        font.setCompressionLevel(ArticleLayout.COMPRESSION);
        return font;
    }
}
