package io.github.broadsheet.render.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.model.Article;
import io.github.broadsheet.model.Block;
import io.github.broadsheet.model.Emphasis;
import io.github.broadsheet.model.Figure;
import io.github.broadsheet.model.Heading;
import io.github.broadsheet.model.Inline;
import io.github.broadsheet.model.LineBreak;
import io.github.broadsheet.model.Link;
import io.github.broadsheet.model.ListBlock;
import io.github.broadsheet.model.Paragraph;
import io.github.broadsheet.model.Quote;
import io.github.broadsheet.model.Strong;
import io.github.broadsheet.model.Text;
import io.github.broadsheet.render.Labels;
import io.github.broadsheet.render.RenderOptions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Checks what the plain-text renderer promises of any article at any width: every line fits,
 * except one that holds a link target too wide for any line; no character of the article is lost
 * and none comes out of order, block by block (whitespace aside); underlines match what they
 * underline; no line ends in whitespace and no control character is left.
 */
final class TextLayoutAssert {

    private TextLayoutAssert() {}

    static void assertLaidOut(Article article, int width) {
        RenderOptions options = RenderOptions.builder().textWidth(width).build();
        String text = new PlainTextRenderer().renderToString(article, options);
        Labels labels = Labels.forArticle(article, options);
        String shown = "at " + width + " columns:\n" + text;

        assertThat(text).as(shown).endsWith("\n").doesNotContain("\n\n\n").doesNotStartWith("\n");
        List<String> hrefs = new ArrayList<>();
        collectLinks(article, hrefs);
        for (String line : text.split("\n")) {
            assertThat(line).as("line %s %s", quote(line), shown).doesNotEndWith(" ")
                    .doesNotContainPattern("[\\p{Cc}&&[^\\n]]");
            if (DisplayWidth.of(line) > width) {
                assertThat(hrefs).as("link targets in the too wide line %s %s", quote(line), shown)
                        .anySatisfy(href -> assertThat(isOneWordAround(line, "<" + visible(href, true) + ">")).isTrue());
            }
        }

        List<String> blocks = Arrays.asList(text.substring(0, text.length() - 1).split("\n\n"));
        List<ExpectedBlock> expected = expectedBlocks(article, labels);
        assertThat(blocks).as("blocks %s", shown).hasSameSizeAs(expected);
        for (int i = 0; i < blocks.size(); i++) {
            List<String> lines = new ArrayList<>(List.of(blocks.get(i).split("\n")));
            Character rule = expected.get(i).underline();
            if (rule != null) {
                String underline = lines.remove(lines.size() - 1);
                int widest = lines.stream().mapToInt(DisplayWidth::of).max().orElse(0);
                assertThat(underline).as("underline of block %d %s", i, shown)
                        .isEqualTo(String.valueOf(rule).repeat(Math.min(width, Math.max(1, widest))));
            }
            assertThat(squeeze(String.join("\n", lines))).as("characters of block %d %s", i, shown)
                    .isEqualTo(expected.get(i).characters());
        }
    }

    /** What a block must hold: its characters without whitespace, and the character it is underlined with. */
    private record ExpectedBlock(String characters, Character underline) {}

    /** {@return whether a line is a prefix and one word holding the token, no space outside it} */
    private static boolean isOneWordAround(String line, String token) {
        int at = line.indexOf(token);
        if (at < 0) {
            return false;
        }
        // strip the indent or list marker; then no space may be left where the line could break
        String rest = (line.substring(0, at) + "X" + line.substring(at + token.length())).strip()
                .replaceFirst("^(- |\\d+\\. )", "");
        return !rest.matches("(?s).* (?!\\p{M}).*");
    }

    /** {@return the blocks that show anything} */
    private static List<ExpectedBlock> expectedBlocks(Article article, Labels labels) {
        List<ExpectedBlock> blocks = new ArrayList<>();
        blocks.add(new ExpectedBlock(squeeze(visible(article.title(), false)), '='));
        article.subtitle().ifPresent(s -> blocks.add(new ExpectedBlock(squeeze(visible(s, false)), null)));
        List<String> meta = new ArrayList<>();
        article.source().ifPresent(meta::add);
        if (!article.authors().isEmpty()) {
            meta.add(labels.byline(article.authors()));
        }
        article.published().ifPresent(d -> meta.add(labels.date(d)));
        if (!meta.isEmpty()) {
            blocks.add(new ExpectedBlock(squeeze(visible(String.join(" · ", meta), false)), null));
        }
        for (Block block : article.body()) {
            String characters = squeeze(expected(block, labels));
            if (!characters.isEmpty()) {
                blocks.add(new ExpectedBlock(characters, block instanceof Heading ? '-' : null));
            }
        }
        return blocks;
    }

    private static String expected(Block block, Labels labels) {
        return switch (block) {
            case Paragraph p -> inline(p.content());
            case Heading h -> inline(h.content());
            case Figure f -> {
                String caption = f.caption().or(f::alt).map(c -> visible(c, false)).orElse("");
                Optional<String> label = f.credit().map(labels::credit).or(() -> f.src().or(f::alt).map(x -> labels.get("photo")));
                yield caption + label.map(l -> "[" + visible(l, false) + "]").orElse("");
            }
            case Quote q -> inline(q.content())
                    + q.attribution().map(a -> visible(labels.get("quote.attribution", a), false)).orElse("");
            case ListBlock l -> {
                StringBuilder out = new StringBuilder();
                for (int i = 0; i < l.items().size(); i++) {
                    out.append(l.ordered() ? (i + 1) + "." : "-").append(' ').append(inline(l.items().get(i).content())).append('\n');
                }
                yield out.toString();
            }
        };
    }

    private static String inline(List<Inline> content) {
        StringBuilder out = new StringBuilder();
        for (Inline inline : content) {
            switch (inline) {
                case Text t -> out.append(visible(t.text(), false));
                case LineBreak b -> out.append('\n');
                case Emphasis e -> out.append(inline(e.content()));
                case Strong s -> out.append(inline(s.content()));
                case Link l -> {
                    out.append(inline(l.content()));
                    if (!l.plainText().equals(l.href())) {
                        out.append(" <").append(visible(l.href(), true)).append('>');
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * {@return text as the renderer shows it}: C0 controls and DEL as their control pictures, C1
     * controls as U+FFFD; outside link targets, layout controls (tab, line feed, vertical tab, form
     * feed, carriage return) are whitespace
     */
    static String visible(String text, boolean target) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            boolean layout = cp == '\t' || cp == '\n' || cp == 0x0B || cp == '\f' || cp == '\r';
            if (layout && !target) {
                out.append(' ');
            } else if (cp < 0x20) {
                out.append((char) (0x2400 + cp));
            } else if (cp == 0x7F) {
                out.append('\u2421');
            } else if (cp >= 0x80 && cp <= 0x9F) {
                out.append('\uFFFD');
            } else if (Character.isWhitespace(cp)) {
                out.append(' ');
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /** {@return the text without its whitespace} */
    static String squeeze(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().filter(cp -> !Character.isWhitespace(cp)).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static void collectLinks(Article article, List<String> hrefs) {
        for (Block block : article.body()) {
            switch (block) {
                case Paragraph p -> collectLinks(p.content(), hrefs);
                case Heading h -> collectLinks(h.content(), hrefs);
                case Quote q -> collectLinks(q.content(), hrefs);
                case ListBlock l -> l.items().forEach(item -> collectLinks(item.content(), hrefs));
                case Figure f -> { }
            }
        }
    }

    private static void collectLinks(List<Inline> content, List<String> hrefs) {
        for (Inline inline : content) {
            switch (inline) {
                case Link l -> {
                    hrefs.add(l.href());
                    collectLinks(l.content(), hrefs);
                }
                case Emphasis e -> collectLinks(e.content(), hrefs);
                case Strong s -> collectLinks(s.content(), hrefs);
                case Text t -> { }
                case LineBreak b -> { }
            }
        }
    }

    private static String quote(String line) {
        return "\"" + line + "\"";
    }
}
