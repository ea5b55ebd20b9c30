package io.github.broadsheet.render;

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
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * Random valid articles whose text is made to trip renderers up: every character Markdown gives a
 * meaning ({@code \ ` * _ { } [ ] < > ( ) # + - . ! | ~}), things that start blocks at the start of a
 * line ({@code 1.}, {@code >}, {@code ===}, {@code ---}, four spaces), HTML tags, character
 * references, tabs, trailing spaces, control characters, CJK text and punctuation, emoji, combining
 * marks, and long words. The same seed gives the same articles.
 */
public final class HostileArticles {

    private static final String[] FRAGMENTS = {
        "\\", "`", "*", "_", "{", "}", "[", "]", "<", ">", "(", ")", "#", "+", "-", ".", "!", "|", "~", "&", ":",
        "\"", "'", "=", "1. ", "7) ", "2026.", "123456789.", "1234567890) ", "> ", ">>", "# ", "###### ", "#",
        "===", "---", "- ", "+ ", "* ", "***", "___", "- - -", "    ", "   ", "  ", " ", "\t", "\n", "\r\n", "\r",
        "<b>", "</em>", "<br>", "<!-- note -->", "<div>", "<https://tide.example>", "&amp;", "&#42;", "&#x2A;",
        "&copy;", "&;", "&nbsp", "`quay`", "``", "```", "~~~", "~~gone~~", "[pier](north)", "![gull](sky.png)",
        "[tide]: /tables", "[^1]", "| a | b |", "\\*", "\\\\", "*sea*", "**gale**", "_mist_", "__fog__", "x*y*z",
        "snake_case_name", "(a)", "3.5", "42", "\u00A0", "\u3000", "\u2028", "\uFEFF", "\u0000", "\u0001", "\u001B",
        "\u001F", "\u007F", "\u0085", "\u200B", "e\u0301", "\u0301",
        "ferry", "harbour", "lantern", "quayside", "breakwater", "timetable", "Supercalifragilisticwordthatgoesonandon",
        "鱼市", "灯笼", "码头", "渡轮", "，", "。", "、", "「", "」", "（", "）", "《", "》", "夜市今晚开到十二点", "ｶﾀｶﾅ",
        "ＦＵＬＬ", "바다", "🐟", "⛴️", "👩‍👩‍👧", "🇳🇴",
    };

    private static final String[] HREFS = {
        "https://harbour.example/notices", "https://harbour.example/a b", "https://harbour.example/(tides)",
        "https://harbour.example/x(y", "https://harbour.example/q?a=1&b=2", "https://harbour.example/&amp;",
        "<bracketed>", "back\\slash", "mailto:desk@harbour.example", "images/pier 7.jpg", "/relative/path",
        "#section", "https://码头.example/渡轮", "quote\"mark", "tab\there", "line\nbreak", " spaced ", "*star*",
        "]bracket[", "%20encoded", "ferry",
    };

    private final Random random;

    /** @param seed the seed; the same seed gives the same articles */
    public HostileArticles(long seed) {
        this.random = new Random(seed);
    }

    /** {@return the next article} */
    public Article article() {
        Article.Builder b = Article.builder().title(nonBlank(4));
        b.subtitle(maybe() ? nonBlank(5) : null);
        b.source(maybe() ? nonBlank(2) : null);
        for (int i = random.nextInt(3); i > 0; i--) {
            b.author(nonBlank(2));
        }
        if (maybe()) {
            b.published(random.nextBoolean() ? PublicationDate.of(LocalDate.of(2000 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28)))
                    : PublicationDate.of(LocalDateTime.of(2026, 1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(24), random.nextInt(60))));
        }
        b.language(switch (random.nextInt(4)) {
            case 0 -> Locale.forLanguageTag("zh-Hans");
            case 1 -> Locale.UK;
            case 2 -> Locale.ENGLISH;
            default -> null;
        });
        b.url(maybe() ? pick(HREFS) : null);
        b.section(maybe() ? nonBlank(2) : null);
        for (int i = random.nextInt(3); i > 0; i--) {
            b.tag(nonBlank(1));
        }
        for (int i = random.nextInt(10); i > 0; i--) {
            b.add(block());
        }
        return b.build();
    }

    private Block block() {
        return switch (random.nextInt(5)) {
            case 0 -> new Paragraph(inlines(0));
            case 1 -> {
                List<Inline> content = inlines(0);
                if (Inline.plainText(content).isBlank()) {
                    content = new ArrayList<>(content);
                    content.add(new Text(nonBlank(1)));
                }
                yield new Heading(1 + random.nextInt(6), content);
            }
            case 2 -> figure();
            case 3 -> new Quote(inlines(0), maybe() ? Optional.of(nonBlank(2)) : Optional.empty());
            default -> {
                List<ListItem> items = new ArrayList<>();
                for (int i = 1 + random.nextInt(4); i > 0; i--) {
                    items.add(new ListItem(inlines(0)));
                }
                yield new ListBlock(random.nextBoolean(), items);
            }
        };
    }

    private Figure figure() {
        int parts = 1 + random.nextInt(15);
        return Figure.builder()
                .src((parts & 1) != 0 ? pick(HREFS) : null)
                .alt((parts & 2) != 0 ? nonBlank(3) : null)
                .caption((parts & 4) != 0 ? nonBlank(4) : null)
                .credit((parts & 8) != 0 ? nonBlank(2) : null)
                .build();
    }

    private List<Inline> inlines(int depth) {
        List<Inline> content = new ArrayList<>();
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            content.add(inline(depth));
        }
        return content;
    }

    private Inline inline(int depth) {
        return switch (random.nextInt(depth >= 3 ? 2 : 6)) {
            case 0 -> new Text(text(1 + random.nextInt(6)));
            case 1 -> random.nextInt(3) == 0 ? LineBreak.INSTANCE : new Text(text(1 + random.nextInt(3)));
            case 2 -> new Emphasis(inlines(depth + 1));
            case 3 -> new Strong(inlines(depth + 1));
            case 4 -> new Text(pick(FRAGMENTS));
            default -> new Link(pick(HREFS), maybe() ? Optional.of(nonBlank(2)) : Optional.empty(), inlines(depth + 1));
        };
    }

    /** {@return text of about this many fragments, not blank} @param fragments how many */
    public String nonBlank(int fragments) {
        String text = text(fragments);
        return text.isBlank() ? text + pick(FRAGMENTS).strip() + "w" : text;
    }

    /** {@return text of this many fragments, joined by a space or nothing} @param fragments how many, at least one */
    public String text(int fragments) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < fragments; i++) {
            if (i > 0 && random.nextBoolean()) {
                out.append(' ');
            }
            out.append(pick(FRAGMENTS));
        }
        return out.toString();
    }

    private String pick(String[] from) {
        return from[random.nextInt(from.length)];
    }

    private boolean maybe() {
        return random.nextBoolean();
    }
}
