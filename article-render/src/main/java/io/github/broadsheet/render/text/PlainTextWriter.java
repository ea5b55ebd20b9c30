package io.github.broadsheet.render.text;

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
import io.github.broadsheet.render.RenderWarning;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * Lays out one article as plain text. One instance per rendering: it collects that rendering's
 * warnings, so it is not shared between threads.
 */
final class PlainTextWriter {

    /** How far quotes are indented. */
    static final String QUOTE_INDENT = "    ";

    private final Labels labels;
    private final int width;
    private final List<RenderWarning> warnings = new ArrayList<>();
    private String path = "title";
    private int replaced;

    PlainTextWriter(Labels labels, int width) {
        this.labels = labels;
        this.width = width;
    }

    List<RenderWarning> warnings() {
        return List.copyOf(warnings);
    }

    String write(Article article) {
        List<List<String>> blocks = new ArrayList<>();
        at("title");
        blocks.add(underlined(wrap(plain(article.title()), ""), '='));
        article.subtitle().ifPresent(subtitle -> {
            at("subtitle");
            blocks.add(wrap(plain(subtitle), ""));
        });
        List<String> meta = labels.sourceBylineDate(article);
        if (!meta.isEmpty()) {
            at("source");
            blocks.add(wrap(plain(String.join(" · ", meta)), ""));
        }
        for (int i = 0; i < article.body().size(); i++) {
            at("body[" + i + "]");
            List<String> lines = block(article.body().get(i));
            if (!lines.isEmpty()) {
                blocks.add(lines);
            }
        }
        at("");
        StringBuilder out = new StringBuilder();
        for (List<String> block : blocks) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            block.forEach(line -> out.append(line).append('\n'));
        }
        return out.toString();
    }

    private List<String> block(Block block) {
        return switch (block) {
            case Paragraph p -> wrap(flatten(p.content()), "");
            case Heading h -> underlined(wrap(flatten(h.content()), ""), '-');
            case Figure f -> figure(f);
            case Quote q -> {
                List<String> lines = wrap(flatten(q.content()), QUOTE_INDENT);
                q.attribution().ifPresent(name ->
                        lines.addAll(wrap(plain(labels.get("quote.attribution", name)), QUOTE_INDENT)));
                yield lines;
            }
            case ListBlock l -> {
                List<String> lines = new ArrayList<>();
                for (int i = 0; i < l.items().size(); i++) {
                    String marker = l.ordered() ? (i + 1) + ". " : "- ";
                    List<String> item = wrap(flatten(l.items().get(i).content()), marker, " ".repeat(marker.length()));
                    lines.addAll(item.isEmpty() ? List.of(marker.stripTrailing()) : item);
                }
                yield lines;
            }
        };
    }

    /**
     * The caption (or, when there is none, the alt text), then the credit in brackets on a line of
     * its own: {@code [Photo: NAME]}, or {@code [Photo]} for a picture without a credit.
     */
    private List<String> figure(Figure figure) {
        List<String> lines = new ArrayList<>();
        figure.caption().or(figure::alt).ifPresent(caption -> lines.addAll(wrap(plain(caption), "")));
        Optional<String> bracket = figure.credit().map(labels::credit)
                .or(() -> figure.src().or(figure::alt).map(image -> labels.get("photo")));
        bracket.ifPresent(label -> lines.addAll(wrap(plain("[" + label + "]"), "")));
        return lines;
    }

    /** Underlines the lines to the widest of them, but no wider than the page (a link target may be). */
    private List<String> underlined(List<String> lines, char rule) {
        if (lines.isEmpty()) {
            return lines;
        }
        int widest = 1;
        for (String line : lines) {
            widest = Math.max(widest, DisplayWidth.of(line));
        }
        lines.add(String.valueOf(rule).repeat(Math.min(widest, width)));
        return lines;
    }

    private List<String> wrap(Flat text, String indent) {
        return wrap(text, indent, indent);
    }

    /** {@return the text wrapped to the width less the indent, the first line after one prefix and the rest after another} */
    private List<String> wrap(Flat text, String first, String rest) {
        List<String> lines = new ArrayList<>();
        for (String line : LineWrapper.wrap(text.text.toString(), text.unbreakable, width - first.length())) {
            lines.add((lines.isEmpty() ? first : rest) + line);
        }
        return lines;
    }

    // ---- text ----

    /** Text ready to wrap: a space for each whitespace character, {@code '\n'} for each line break. */
    private static final class Flat {
        final StringBuilder text = new StringBuilder();
        final BitSet unbreakable = new BitSet();
    }

    private Flat plain(String text) {
        Flat flat = new Flat();
        append(flat, text, false);
        return flat;
    }

    private Flat flatten(List<Inline> content) {
        Flat flat = new Flat();
        flatten(content, flat);
        return flat;
    }

    /** Markup is dropped; a link is its text, then its target in angle brackets unless the text is the target. */
    private void flatten(List<Inline> content, Flat out) {
        for (Inline inline : content) {
            switch (inline) {
                case Text t -> append(out, t.text(), false);
                case LineBreak b -> out.text.append('\n');
                case Emphasis e -> flatten(e.content(), out);
                case Strong s -> flatten(s.content(), out);
                case Link l -> {
                    flatten(l.content(), out);
                    if (!l.plainText().equals(l.href())) {
                        out.text.append(' ');
                        append(out, "<" + l.href() + ">", true);
                    }
                }
            }
        }
    }

    /**
     * Appends text, turning whitespace into spaces (in a link target, only the whitespace that is
     * not a control character) and control characters into visible symbols: C0 controls and DEL
     * into their Control Pictures ({@code ␀ ␁ … ␛ … ␡}), C1 controls into {@code U+FFFD}. Raw
     * control characters would be invisible, or would drive the terminal that shows the text.
     */
    private void append(Flat out, String text, boolean unbreakable) {
        int start = out.text.length();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            boolean layoutSpace = cp == '\t' || cp == '\n' || cp == 0x0B || cp == '\f' || cp == '\r';
            if (layoutSpace && !unbreakable) {
                out.text.append(' ');
            } else if (cp < 0x20) {
                out.text.append((char) (0x2400 + cp));
                replaced++;
            } else if (cp == 0x7F) {
                out.text.append('\u2421');
                replaced++;
            } else if (cp >= 0x80 && cp <= 0x9F) {
                out.text.append('\uFFFD');
                replaced++;
            } else if (Character.isWhitespace(cp)) {
                out.text.append(' ');
            } else {
                out.text.appendCodePoint(cp);
            }
        }
        if (unbreakable) {
            out.unbreakable.set(start, out.text.length());
        }
    }

    /** Moves on to another part of the article, first reporting the control characters replaced in the last. */
    private void at(String next) {
        if (replaced > 0) {
            warnings.add(new RenderWarning(path, "wrote " + replaced + " control character" + (replaced == 1 ? "" : "s")
                    + " as visible symbols"));
            replaced = 0;
        }
        path = next;
    }
}
