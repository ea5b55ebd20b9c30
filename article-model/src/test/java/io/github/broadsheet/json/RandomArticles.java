package io.github.broadsheet.json;

import io.github.broadsheet.model.Article;
import io.github.broadsheet.model.Block;
import io.github.broadsheet.model.Emphasis;
import io.github.broadsheet.model.Figure;
import io.github.broadsheet.model.Heading;
import io.github.broadsheet.model.Inline;
import io.github.broadsheet.model.LineBreak;
import io.github.broadsheet.model.Link;
import io.github.broadsheet.model.ListBlock;
import io.github.broadsheet.model.ListItem;
import io.github.broadsheet.model.Paragraph;
import io.github.broadsheet.model.PublicationDate;
import io.github.broadsheet.model.Quote;
import io.github.broadsheet.model.Strong;
import io.github.broadsheet.model.Text;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * Builds random valid articles from a seed, the same article for the same seed: every block and
 * inline type, nested markup, optional parts present and absent, text from all over Unicode (CJK,
 * emoji, accents, quotes, backslashes, control characters, {@code </script>}), dates at every
 * precision with and without offsets, and languages including locales whose tags Java rewrites.
 */
final class RandomArticles {

    /** How deep inline markup nests at most; the JSON stays far inside the reader's nesting limit. */
    static final int MAX_INLINE_DEPTH = 4;

    private static final String[] SNIPPETS = {
        "</script>", "\"", "\\", "\\\"", "\\u0041", "\t", "\n", "\r\n", "\u0000", "\u0001", "\u001f", "\u007f",
        "\u2028", "\u2029", "\uFEFF", "<b>&amp;</b>", "{\"a\":[1]}", "/", "ferry", "  ", "\u00A0",
    };

    private static final String[] LANGUAGE_TAGS = {
        "en", "en-GB", "zh-Hans", "zh-Hant-TW", "pt-BR", "es-419", "de-CH-1996", "sr-Latn-RS", "ja-JP-u-ca-japanese",
        "fr", "ar-EG", "sv", "tlh", "en-x-lvariant-POSIX",
    };

    private static final Locale[] ODD_LOCALES = {
        Locale.of("no", "NO", "NY"), Locale.of("ja", "JP", "JP"), Locale.of("th", "TH", "TH"), Locale.of("iw"),
        Locale.of("en", "US", "POSIX"), Locale.GERMANY,
    };

    private final Random random;

    /** @param seed the seed; the same seed gives the same articles */
    RandomArticles(long seed) {
        this.random = new Random(seed);
    }

    /** {@return the next random article} */
    Article article() {
        Article.Builder b = Article.builder().title(nonBlank(40));
        b.subtitle(maybe() ? nonBlank(60) : null);
        b.source(maybe() ? nonBlank(20) : null);
        int authors = random.nextInt(4);
        for (int i = 0; i < authors; i++) {
            b.author(nonBlank(20));
        }
        b.published(maybe() ? publicationDate() : null);
        if (maybe()) {
            if (random.nextInt(4) == 0) {
                b.language(ODD_LOCALES[random.nextInt(ODD_LOCALES.length)]);
            } else {
                b.language(LANGUAGE_TAGS[random.nextInt(LANGUAGE_TAGS.length)]);
            }
        }
        b.url(maybe() ? "https://news.example/" + nonBlank(15) : null);
        b.section(maybe() ? nonBlank(12) : null);
        int tags = random.nextInt(4);
        for (int i = 0; i < tags; i++) {
            b.tag(nonBlank(10));
        }
        int blocks = random.nextInt(9);
        for (int i = 0; i < blocks; i++) {
            b.add(block());
        }
        return b.build();
    }

    /** {@return a random date at a random precision, with or without an offset} */
    PublicationDate publicationDate() {
        LocalDate date = LocalDate.ofEpochDay(random.nextLong(LocalDate.of(0, 1, 1).toEpochDay(),
                LocalDate.of(9999, 12, 31).toEpochDay() + 1));
        PublicationDate.Precision precision = PublicationDate.Precision.values()[random.nextInt(4)];
        if (precision == PublicationDate.Precision.DAY) {
            return PublicationDate.of(date);
        }
        int second = precision == PublicationDate.Precision.MINUTE ? 0 : random.nextInt(60);
        int nano = precision == PublicationDate.Precision.FRACTION ? 1 + random.nextInt(999_999_999) : 0;
        LocalTime time = LocalTime.of(random.nextInt(24), random.nextInt(60), second, nano);
        Optional<ZoneOffset> offset = switch (random.nextInt(3)) {
            case 0 -> Optional.empty();
            case 1 -> Optional.of(ZoneOffset.UTC);
            default -> Optional.of(ZoneOffset.ofTotalSeconds(60 * (random.nextInt(2 * 18 * 60 + 1) - 18 * 60)));
        };
        return new PublicationDate(date, Optional.of(time), offset, precision);
    }

    private Block block() {
        return switch (random.nextInt(5)) {
            case 0 -> new Paragraph(inlines(0));
            case 1 -> new Heading(1 + random.nextInt(6), headingContent());
            case 2 -> figure();
            case 3 -> new Quote(inlines(0), maybe() ? Optional.of(nonBlank(20)) : Optional.empty());
            default -> {
                List<ListItem> items = new ArrayList<>();
                int count = 1 + random.nextInt(4);
                for (int i = 0; i < count; i++) {
                    items.add(new ListItem(inlines(0)));
                }
                yield new ListBlock(random.nextBoolean(), items);
            }
        };
    }

    private List<Inline> headingContent() {
        List<Inline> content = inlines(0);
        if (Inline.plainText(content).isBlank()) {
            content = new ArrayList<>(content);
            content.add(new Text(nonBlank(5)));
        }
        return content;
    }

    private Figure figure() {
        Figure.Builder b = Figure.builder();
        int parts = 1 + random.nextInt(15); // a bit set of the four parts, never empty
        b.src((parts & 1) != 0 ? "images/" + nonBlank(8) + ".jpg" : null);
        b.alt((parts & 2) != 0 ? nonBlank(30) : null);
        b.caption((parts & 4) != 0 ? nonBlank(30) : null);
        b.credit((parts & 8) != 0 ? nonBlank(15) : null);
        return b.build();
    }

    /** One to four nodes; plain single runs come up often, as the JSON writes them differently. */
    private List<Inline> inlines(int depth) {
        if (random.nextInt(4) == 0) {
            return List.of(new Text(text(1, 30)));
        }
        List<Inline> content = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            content.add(inline(depth));
        }
        return content;
    }

    private Inline inline(int depth) {
        int kinds = depth >= MAX_INLINE_DEPTH ? 2 : 5;
        return switch (random.nextInt(kinds)) {
            case 0 -> new Text(text(1, 20));
            case 1 -> LineBreak.INSTANCE;
            case 2 -> new Emphasis(inlines(depth + 1));
            case 3 -> new Strong(inlines(depth + 1));
            default -> new Link("https://" + nonBlank(10), maybe() ? Optional.of(nonBlank(15)) : Optional.empty(),
                    inlines(depth + 1));
        };
    }

    private boolean maybe() {
        return random.nextBoolean();
    }

    /** {@return random text that is not blank} @param max about the most code points */
    String nonBlank(int max) {
        String s = text(1, max);
        return s.isBlank() ? s + (char) ('a' + random.nextInt(26)) : s;
    }

    /** {@return random text of valid code points, never a lone surrogate} */
    String text(int min, int max) {
        int length = min + random.nextInt(max - min + 1);
        StringBuilder out = new StringBuilder();
        while (out.codePointCount(0, out.length()) < length) {
            switch (random.nextInt(10)) {
                case 0, 1, 2 -> out.append((char) (' ' + random.nextInt(95))); // printable ASCII, quotes and backslash
                case 3 -> out.appendCodePoint(0x00C0 + random.nextInt(0x0250 - 0x00C0)); // accented Latin
                case 4 -> out.appendCodePoint(0x4E00 + random.nextInt(0x9FFF - 0x4E00)); // CJK ideographs
                case 5 -> out.appendCodePoint(0x1F300 + random.nextInt(0x1FAFF - 0x1F300)); // emoji, supplementary
                case 6 -> out.appendCodePoint(random.nextInt(0x20)); // C0 control characters
                case 7 -> out.append(SNIPPETS[random.nextInt(SNIPPETS.length)]);
                case 8 -> out.appendCodePoint(0x20000 + random.nextInt(0x2A6DF - 0x20000)); // CJK extension B
                default -> {
                    int cp = random.nextInt(0x10FFFF + 1);
                    if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
                        cp = 0x3042; // surrogate code points are not characters: use a kana instead
                    }
                    out.appendCodePoint(cp);
                }
            }
        }
        return out.toString();
    }
}
