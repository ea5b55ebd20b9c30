package io.github.broadsheet.render.markdown;

import static org.assertj.core.api.Assertions.fail;

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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.parser.Parser;

/**
 * The structure a CommonMark reader sees, in a form that can be compared with the article's: the
 * blocks in order, and for each block of text one token per character, carrying the chain of
 * emphasis, strong emphasis and links around it ({@code "b" in em1>link2(https://x "title")}).
 *
 * <p>Whitespace characters and line breaks carry no chain: the renderer may move whitespace at the
 * edge of emphasis just outside it, which changes nothing a reader sees. Nodes are numbered by the
 * first character they hold, so that two adjacent emphasized runs do not compare equal to one.
 * Inline HTML that the renderer writes where CommonMark has no syntax ({@code <br>}, {@code <em>},
 * {@code <strong>}) reads as the line break or emphasis it stands for.
 */
final class MarkdownStructure {

    private static final Parser PARSER = Parser.builder().build();

    private MarkdownStructure() {}

    /** A block as a CommonMark reader sees it. */
    sealed interface Md permits MdHeading, MdParagraph, MdImage, MdQuote, MdList {}

    /** A heading. @param level the level @param text its tokens */
    record MdHeading(int level, List<String> text) implements Md {}

    /** A paragraph. @param text its tokens */
    record MdParagraph(List<String> text) implements Md {}

    /** A paragraph holding one image. @param alt its description @param src its source @param title its title */
    record MdImage(String alt, String src, Optional<String> title) implements Md {}

    /** A block quote. @param blocks what it holds */
    record MdQuote(List<Md> blocks) implements Md {}

    /** A list. @param ordered whether numbered @param items each item's tokens */
    record MdList(boolean ordered, List<List<String>> items) implements Md {}

    /** An expected block and the article's block it stands for, if it stands for one. */
    record Expected(Md block, Optional<Block> source) {}

    // ---- what the reader sees ----

    /** {@return the blocks of a Markdown document without front matter} @param markdown the document */
    static List<Md> parse(String markdown) {
        List<Md> blocks = new ArrayList<>();
        for (Node node = PARSER.parse(markdown).getFirstChild(); node != null; node = node.getNext()) {
            blocks.add(block(node));
        }
        return blocks;
    }

    private static Md block(Node node) {
        return switch (node) {
            case org.commonmark.node.Heading h -> new MdHeading(h.getLevel(), tokens(h));
            case org.commonmark.node.Paragraph p when p.getFirstChild() instanceof Image image && image.getNext() == null ->
                    new MdImage(plain(image), image.getDestination(), Optional.ofNullable(image.getTitle()));
            case org.commonmark.node.Paragraph p -> new MdParagraph(tokens(p));
            case BlockQuote q -> {
                List<Md> inside = new ArrayList<>();
                for (Node child = q.getFirstChild(); child != null; child = child.getNext()) {
                    inside.add(block(child));
                }
                yield new MdQuote(inside);
            }
            case BulletList l -> new MdList(false, items(l));
            case OrderedList l -> new MdList(true, items(l));
            default -> fail("a %s where the renderer writes none: %s", node.getClass().getSimpleName(), node);
        };
    }

    private static List<List<String>> items(Node list) {
        List<List<String>> items = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            Node content = item.getFirstChild();
            if (content == null) {
                items.add(List.of());
            } else if (content instanceof org.commonmark.node.Paragraph p && p.getNext() == null) {
                items.add(tokens(p));
            } else {
                fail("a list item holding more than one paragraph: %s", item);
            }
        }
        return items;
    }

    private static String plain(Node node) {
        StringBuilder out = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof org.commonmark.node.Text t) {
                out.append(t.getLiteral());
            } else {
                out.append(plain(child));
            }
        }
        return out.toString();
    }

    private static List<String> tokens(Node parent) {
        Tokens tokens = new Tokens();
        parsedInlines(parent, tokens, new ArrayDeque<>());
        return tokens.canonical();
    }

    private static void parsedInlines(Node parent, Tokens out, Deque<String> path) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            switch (node) {
                case org.commonmark.node.Text t -> out.text(t.getLiteral(), path);
                case HardLineBreak b -> out.lineBreak();
                case org.commonmark.node.Emphasis e -> nested(e, out, path, out.element("em"));
                case StrongEmphasis s -> nested(s, out, path, out.element("strong"));
                case org.commonmark.node.Link l -> nested(l, out, path, out.link(l.getDestination(), Optional.ofNullable(l.getTitle())));
                case HtmlInline html -> {
                    switch (html.getLiteral()) {
                        case "<br>" -> out.lineBreak();
                        case "<em>" -> path.addLast(out.element("em"));
                        case "<strong>" -> path.addLast(out.element("strong"));
                        case "</em>", "</strong>" -> {
                            String kind = html.getLiteral().substring(2, html.getLiteral().length() - 1);
                            if (path.isEmpty() || !path.peekLast().startsWith(kind)) {
                                fail("%s closes %s", html.getLiteral(), path);
                            }
                            path.removeLast();
                        }
                        default -> fail("inline HTML the renderer does not write: %s", html.getLiteral());
                    }
                }
                default -> fail("a %s where the renderer writes none: %s", node.getClass().getSimpleName(), node);
            }
        }
    }

    private static void nested(Node node, Tokens out, Deque<String> path, String element) {
        path.addLast(element);
        parsedInlines(node, out, path);
        path.removeLast();
    }

    // ---- what the article says ----

    /**
     * {@return the blocks the renderer promises for an article}
     *
     * @param article the article
     * @param labels the labels it is rendered with
     * @param header whether the title, subtitle and source line come first
     */
    static List<Expected> expected(Article article, Labels labels, boolean header) {
        List<Expected> blocks = new ArrayList<>();
        if (header) {
            blocks.add(new Expected(new MdHeading(1, tokens(List.of(new Text(article.title())))), Optional.empty()));
            article.subtitle().ifPresent(s -> blocks.add(new Expected(
                    new MdParagraph(tokens(List.of(new Emphasis(List.of(new Text(s)))))), Optional.empty())));
            List<String> meta = new ArrayList<>();
            article.source().ifPresent(meta::add);
            if (!article.authors().isEmpty()) {
                meta.add(labels.byline(article.authors()));
            }
            article.published().ifPresent(d -> meta.add(labels.date(d)));
            if (!meta.isEmpty()) {
                blocks.add(new Expected(new MdParagraph(tokens(List.of(new Text(String.join(" · ", meta))))), Optional.empty()));
            }
        }
        for (Block block : article.body()) {
            Optional<Block> source = Optional.of(block);
            switch (block) {
                case Paragraph p -> {
                    if (!onlyLineBreaks(p.content())) {
                        blocks.add(new Expected(new MdParagraph(tokens(p.content())), source));
                    }
                }
                case Heading h -> blocks.add(new Expected(new MdHeading(Math.min(h.level() + 1, 6), tokens(h.content())), source));
                case Figure f -> {
                    f.src().ifPresent(src -> blocks.add(new Expected(
                            new MdImage(readable(f.alt().orElse("")), readable(src), f.caption().map(MarkdownStructure::readable)),
                            Optional.empty())));
                    List<Inline> lines = new ArrayList<>();
                    f.caption().or(() -> f.src().isEmpty() ? f.alt() : Optional.empty()).ifPresent(c -> lines.add(new Text(c)));
                    f.credit().ifPresent(c -> {
                        if (!lines.isEmpty()) {
                            lines.add(LineBreak.INSTANCE);
                        }
                        lines.add(new Emphasis(List.of(new Text(labels.credit(c)))));
                    });
                    if (!lines.isEmpty()) {
                        blocks.add(new Expected(new MdParagraph(tokens(lines)), Optional.empty()));
                    }
                }
                case Quote q -> {
                    List<Md> inside = new ArrayList<>();
                    if (!onlyLineBreaks(q.content())) {
                        inside.add(new MdParagraph(tokens(q.content())));
                    }
                    q.attribution().ifPresent(a -> inside.add(
                            new MdParagraph(tokens(List.of(new Text(labels.get("quote.attribution", a)))))));
                    blocks.add(new Expected(new MdQuote(inside), source));
                }
                case ListBlock l -> blocks.add(new Expected(new MdList(l.ordered(), l.items().stream()
                        .map(item -> onlyLineBreaks(item.content()) ? List.<String>of() : tokens(item.content()))
                        .toList()), source));
            }
        }
        return blocks;
    }

    /** {@return whether content is nothing but line breaks, perhaps emphasized} */
    static boolean onlyLineBreaks(List<Inline> content) {
        return content.stream().allMatch(node -> switch (node) {
            case LineBreak b -> true;
            case Emphasis e -> onlyLineBreaks(e.content());
            case Strong s -> onlyLineBreaks(s.content());
            case Text t -> false;
            case Link l -> false;
        });
    }

    /** {@return text as a CommonMark reader gets it back: U+0000 cannot be written and reads as U+FFFD} */
    static String readable(String text) {
        return text.replace('\u0000', '\uFFFD');
    }

    private static List<String> tokens(List<Inline> content) {
        Tokens tokens = new Tokens();
        modelInlines(content, tokens, new ArrayDeque<>(), false);
        return tokens.canonical();
    }

    private static void modelInlines(List<Inline> content, Tokens out, Deque<String> path, boolean inLink) {
        for (Inline inline : content) {
            switch (inline) {
                case Text t -> out.text(readable(t.text()), path);
                case LineBreak b -> out.lineBreak();
                case Emphasis e -> {
                    path.addLast(out.element("em"));
                    modelInlines(e.content(), out, path, inLink);
                    path.removeLast();
                }
                case Strong s -> {
                    path.addLast(out.element("strong"));
                    modelInlines(s.content(), out, path, inLink);
                    path.removeLast();
                }
                case Link l -> {
                    if (inLink) { // links do not nest in CommonMark: the inner one keeps its text only
                        modelInlines(l.content(), out, path, true);
                    } else {
                        path.addLast(out.link(readable(l.href()), l.title().map(MarkdownStructure::readable)));
                        modelInlines(l.content(), out, path, true);
                        path.removeLast();
                    }
                }
            }
        }
    }

    /** {@return the plain text of tokens: each character, and a line break as a newline} @param tokens the tokens */
    static String plainText(List<String> tokens) {
        return tokens.stream().map(t -> t.equals(Tokens.LINE_BREAK) ? "\n" : Character.toString(t.codePointAt(1)))
                .collect(Collectors.joining());
    }

    /** {@return the plain text of a list's items, one a line} @param list the list */
    static String plainText(MdList list) {
        return list.items().stream().map(MarkdownStructure::plainText).collect(Collectors.joining("\n"));
    }

    /** Collects tokens; elements get provisional numbers, renumbered by first use in {@link #canonical()}. */
    private static final class Tokens {
        static final String LINE_BREAK = "<line break>";
        private final List<Object[]> raw = new ArrayList<>(); // {String character, List<String> path} or {LINE_BREAK}
        private int next;

        String element(String kind) {
            return kind + "#" + next++;
        }

        String link(String href, Optional<String> title) {
            return "link#" + next++ + "(" + href + title.map(t -> " \"" + t + "\"").orElse("") + ")";
        }

        void lineBreak() {
            raw.add(new Object[] {LINE_BREAK});
        }

        void text(String text, Deque<String> path) {
            text.codePoints().forEach(cp -> raw.add(new Object[] {Character.toString(cp),
                    isWhitespace(cp) ? List.of() : List.copyOf(path)}));
        }

        /** CommonMark's Unicode whitespace: space, tab, line feed, form feed, carriage return, and Zs. */
        private static boolean isWhitespace(int cp) {
            return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\f' || cp == '\r'
                    || Character.getType(cp) == Character.SPACE_SEPARATOR;
        }

        List<String> canonical() {
            Map<String, Integer> numbers = new HashMap<>();
            List<String> out = new ArrayList<>();
            for (Object[] token : raw) {
                if (token[0] == LINE_BREAK) {
                    out.add(LINE_BREAK);
                    continue;
                }
                @SuppressWarnings("unchecked")
                List<String> path = (List<String>) token[1];
                String chain = path.stream().map(element -> {
                    int hash = element.indexOf('#');
                    int end = element.indexOf('(') < 0 ? element.length() : element.indexOf('(');
                    String id = element.substring(0, end);
                    int number = numbers.computeIfAbsent(id, k -> numbers.size() + 1);
                    return element.substring(0, hash) + number + element.substring(end);
                }).collect(Collectors.joining(">"));
                out.add("\"" + token[0] + "\"" + (chain.isEmpty() ? "" : " in " + chain));
            }
            return out;
        }
    }
}
