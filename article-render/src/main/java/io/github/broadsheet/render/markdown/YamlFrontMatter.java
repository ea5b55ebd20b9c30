package io.github.broadsheet.render.markdown;

import io.github.broadsheet.model.Article;
import java.util.List;
import java.util.Optional;

/**
 * Writes an article's metadata as YAML front matter between two {@code ---} lines. Every value is a
 * double-quoted scalar, so that no text can turn into another type ({@code no}, {@code 2026-03-14},
 * {@code 1e3}), a comment, an anchor or a key; inside the quotes, quotes, backslashes and every
 * character YAML does not allow or would fold (control characters, line and paragraph separators,
 * the byte order mark) are escaped, with the escapes every YAML parser knows: {@code \"},
 * {@code \\}, {@code \t}, {@code \n}, {@code \r} and {@code \}{@code uXXXX}. The keys are those of the
 * JSON form.
 */
final class YamlFrontMatter {

    private YamlFrontMatter() {}

    static void write(Article article, StringBuilder out) {
        out.append("---\n");
        scalar(out, "title", Optional.of(article.title()));
        scalar(out, "subtitle", article.subtitle());
        scalar(out, "source", article.source());
        sequence(out, "authors", article.authors());
        scalar(out, "published", article.published().map(Object::toString));
        scalar(out, "language", article.language().map(java.util.Locale::toLanguageTag));
        scalar(out, "url", article.url());
        scalar(out, "section", article.section());
        sequence(out, "tags", article.tags());
        out.append("---\n");
    }

    private static void scalar(StringBuilder out, String key, Optional<String> value) {
        value.ifPresent(v -> quoted(out.append(key).append(": "), v).append('\n'));
    }

    private static void sequence(StringBuilder out, String key, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        out.append(key).append(":\n");
        for (String value : values) {
            quoted(out.append("  - "), value).append('\n');
        }
    }

    /** {@return the output, with the value appended as a YAML double-quoted scalar} */
    static StringBuilder quoted(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> {
                    if (cp < 0x20 || cp >= 0x7F && cp <= 0x9F || cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF
                            || cp == 0xFFFE || cp == 0xFFFF || Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
                        out.append(String.format("\\u%04X", cp));
                    } else {
                        out.appendCodePoint(cp);
                    }
                }
            }
        }
        return out.append('"');
    }
}
