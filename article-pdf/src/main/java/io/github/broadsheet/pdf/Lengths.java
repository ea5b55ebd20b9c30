package io.github.broadsheet.pdf;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads lengths such as {@code 20mm}, {@code 1.5cm}, {@code 0.75in} or {@code 54pt} into points. */
final class Lengths {

    /** Points in a millimetre. */
    static final double POINTS_PER_MM = 72 / 25.4;

    private static final Pattern LENGTH = Pattern.compile("(\\d+(?:\\.\\d+)?|\\.\\d+)\\s*(mm|cm|in|pt)?");

    private Lengths() {}

    /**
     * {@return the length in points}
     *
     * @param text a number with an optional unit: {@code mm}, {@code cm}, {@code in} or {@code pt}
     *     (the default)
     * @param what what the length is, for the message
     * @throws IllegalArgumentException if the text is not such a length
     */
    static float points(String text, String what) {
        Matcher m = LENGTH.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException(what + " must be a number with an optional unit mm, cm, in or pt"
                    + " (such as 20mm), was \"" + text + "\"");
        }
        double value = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "pt" : m.group(2);
        double points = switch (unit) {
            case "mm" -> value * POINTS_PER_MM;
            case "cm" -> value * 10 * POINTS_PER_MM;
            case "in" -> value * 72;
            default -> value;
        };
        return (float) points;
    }

    /** {@return a length for messages: whole or one-decimal points} @param points the length */
    static String format(float points) {
        return points == Math.rint(points) ? Integer.toString((int) points) + "pt"
                : String.format(Locale.ROOT, "%.1fpt", points);
    }
}
