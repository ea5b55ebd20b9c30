package io.github.broadsheet.pdf;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The size of a page, in PostScript points (1/72 inch).
 *
 * @param name a short name such as {@code a4}, or {@code custom}
 * @param width the width, from {@value #MIN_SIDE} to {@value #MAX_SIDE} points
 * @param height the height, from {@value #MIN_SIDE} to {@value #MAX_SIDE} points
 */
public record PageSize(String name, float width, float height) {

    /** The shortest side a page may have: {@value} points (two inches). */
    public static final float MIN_SIDE = 144;
    /** The longest side a page may have: {@value} points (200 inches, PDF's limit). */
    public static final float MAX_SIDE = 14_400;

    /** ISO A4, 210 × 297 mm: the default. */
    public static final PageSize A4 = new PageSize("a4", 595.28f, 841.89f);
    /** ISO A5, 148 × 210 mm. */
    public static final PageSize A5 = new PageSize("a5", 419.53f, 595.28f);
    /** US Letter, 8.5 × 11 in. */
    public static final PageSize LETTER = new PageSize("letter", 612, 792);
    /** US Legal, 8.5 × 14 in. */
    public static final PageSize LEGAL = new PageSize("legal", 612, 1008);

    private static final Pattern CUSTOM = Pattern.compile("([^x×]+)[x×]([^x×]+)");

    /** Checks the name and the sides. */
    public PageSize {
        Objects.requireNonNull(name, "name");
        check(width, "width");
        check(height, "height");
    }

    private static void check(float side, String what) {
        if (!(side >= MIN_SIDE && side <= MAX_SIDE)) {
            throw new IllegalArgumentException("the page " + what + " must be from " + Lengths.format(MIN_SIDE)
                    + " to " + Lengths.format(MAX_SIDE) + ", was " + Lengths.format(side));
        }
    }

    /**
     * {@return a page of any size}
     *
     * @param width the width in points
     * @param height the height in points
     */
    public static PageSize of(float width, float height) {
        return new PageSize("custom", width, height);
    }

    /**
     * Reads a page size: {@code a4}, {@code a5}, {@code letter} or {@code legal} (any case),
     * optionally followed by {@code -landscape}, or a custom {@code WIDTHxHEIGHT} where each side
     * has an optional unit ({@code mm}, {@code cm}, {@code in}, {@code pt}, the default), such as
     * {@code 210mmx297mm} or {@code 6inx9in}.
     *
     * @param text the text
     * @return the page size
     * @throws IllegalArgumentException if the text names no page size; the message lists the names
     */
    public static PageSize parse(String text) {
        String t = Objects.requireNonNull(text, "text").strip().toLowerCase(Locale.ROOT);
        boolean landscape = t.endsWith("-landscape");
        String base = landscape ? t.substring(0, t.length() - "-landscape".length()) : t;
        PageSize size = switch (base) {
            case "a4" -> A4;
            case "a5" -> A5;
            case "letter" -> LETTER;
            case "legal" -> LEGAL;
            default -> custom(text, base);
        };
        return landscape ? size.landscape() : size;
    }

    private static PageSize custom(String text, String base) {
        Matcher m = CUSTOM.matcher(base);
        if (!m.matches()) {
            throw new IllegalArgumentException("unknown page size \"" + text
                    + "\"; use a4, a5, letter or legal (optionally with -landscape), or WIDTHxHEIGHT such as 210mmx297mm");
        }
        return of(Lengths.points(m.group(1), "the page width"), Lengths.points(m.group(2), "the page height"));
    }

    /** {@return this size turned on its side: the longer side across} */
    public PageSize landscape() {
        if (width >= height) {
            return this;
        }
        return new PageSize(name.equals("custom") ? name : name + "-landscape", height, width);
    }
}
