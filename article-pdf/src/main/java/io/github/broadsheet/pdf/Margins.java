package io.github.broadsheet.pdf;

import java.util.Objects;

/**
 * The blank space around a page's text, in points. The running header sits in the top margin and
 * the page footer in the bottom margin.
 *
 * @param top the top margin, from 0 to {@value #MAX} points
 * @param right the right margin
 * @param bottom the bottom margin
 * @param left the left margin
 */
public record Margins(float top, float right, float bottom, float left) {

    /** The widest margin: {@value} points (10 inches). */
    public static final float MAX = 720;

    /** The default: 20 mm at the top and bottom (room for the header and footer), 25 mm at the sides. */
    public static final Margins DEFAULT = new Margins(56.69f, 70.87f, 56.69f, 70.87f);

    /** Checks every side. */
    public Margins {
        check(top, "top");
        check(right, "right");
        check(bottom, "bottom");
        check(left, "left");
    }

    private static void check(float side, String what) {
        if (!(side >= 0 && side <= MAX)) {
            throw new IllegalArgumentException("the " + what + " margin must be from 0 to " + Lengths.format(MAX)
                    + ", was " + Lengths.format(side));
        }
    }

    /** {@return the same margin on every side} @param all the margin in points */
    public static Margins of(float all) {
        return new Margins(all, all, all, all);
    }

    /**
     * {@return margins the way CSS writes them}
     *
     * @param vertical the top and bottom margin in points
     * @param horizontal the left and right margin in points
     */
    public static Margins of(float vertical, float horizontal) {
        return new Margins(vertical, horizontal, vertical, horizontal);
    }

    /**
     * Reads margins as CSS writes them: one length for every side, two for top-and-bottom and
     * left-and-right, or four for top, right, bottom and left, separated by spaces or commas. Each
     * length has an optional unit ({@code mm}, {@code cm}, {@code in}, {@code pt}, the default):
     * {@code 20mm}, {@code 20mm 25mm}, {@code 1in 0.75in 1in 0.75in}.
     *
     * @param text the text
     * @return the margins
     * @throws IllegalArgumentException if the text is not one, two or four lengths
     */
    public static Margins parse(String text) {
        String[] parts = Objects.requireNonNull(text, "text").strip().split("[\\s,]+");
        float[] p = new float[parts.length];
        for (int i = 0; i < parts.length; i++) {
            p[i] = Lengths.points(parts[i], "a margin");
        }
        return switch (p.length) {
            case 1 -> of(p[0]);
            case 2 -> of(p[0], p[1]);
            case 4 -> new Margins(p[0], p[1], p[2], p[3]);
            default -> throw new IllegalArgumentException(
                    "margins are one, two or four lengths (top right bottom left), was \"" + text + "\"");
        };
    }
}
