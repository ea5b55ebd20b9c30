package io.github.broadsheet.render.html;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes JSON that is safe to put between {@code <script>} and {@code </script>}: besides JSON's own
 * escapes, {@code <}, {@code >} and {@code &} are written as {@code \u003c}, {@code \u003e} and
 * {@code \u0026}, so no string can close the script element or open a comment, and U+2028 and U+2029
 * are escaped too. Values are {@link String}s, {@link Map}s (in their iteration order) and
 * {@link List}s.
 */
final class ScriptJson {

    private ScriptJson() {}

    /** {@return the value as indented JSON} @param value a string, map or list */
    static String write(Object value) {
        StringBuilder out = new StringBuilder(512);
        write(value, out, 0);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out, int depth) {
        switch (value) {
            case String s -> string(s, out);
            case Map<?, ?> map -> {
                out.append('{');
                String separator = "\n";
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    out.append(separator);
                    indent(out, depth + 1);
                    string((String) e.getKey(), out);
                    out.append(": ");
                    write(e.getValue(), out, depth + 1);
                    separator = ",\n";
                }
                out.append('\n');
                indent(out, depth);
                out.append('}');
            }
            case List<?> list when list.stream().anyMatch(item -> item instanceof Map) -> {
                out.append('[');
                String separator = "\n";
                for (Object item : list) {
                    out.append(separator);
                    indent(out, depth + 1);
                    write(item, out, depth + 1);
                    separator = ",\n";
                }
                out.append('\n');
                indent(out, depth);
                out.append(']');
            }
            case List<?> list -> {
                out.append('[');
                String separator = "";
                for (Object item : list) {
                    out.append(separator);
                    write(item, out, depth + 1);
                    separator = ", ";
                }
                out.append(']');
            }
            default -> throw new IllegalArgumentException("not a JSON value: " + value.getClass());
        }
    }

    private static void indent(StringBuilder out, int depth) {
        out.append("  ".repeat(depth));
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String escaped = switch (c) {
                case '"' -> "\\\"";
                case '\\' -> "\\\\";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029'
                        || (c >= 0x7F && c <= 0x9F) || Character.isSurrogate(c) && !validPair(s, i)
                                ? String.format(Locale.ROOT, "\\u%04x", (int) c) : null;
            };
            if (escaped != null) {
                out.append(s, start, i).append(escaped);
                start = i + 1;
            }
        }
        if (start == 0) {
            out.append(s); // copied in bulk
        } else {
            out.append(s, start, s.length());
        }
        out.append('"');
    }

    /** {@return whether the surrogate at {@code i} is half of a valid pair} */
    private static boolean validPair(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
