package io.github.broadsheet.render.markdown;

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
import io.github.broadsheet.model.Quote;
import io.github.broadsheet.model.Strong;
import io.github.broadsheet.model.Text;
import io.github.broadsheet.render.Labels;
import io.github.broadsheet.render.RenderWarning;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes one article as CommonMark. One instance per rendering: it collects that rendering's
 * warnings, so it is not shared between threads.
 *
 * <p>All text goes through {@link #text}, which escapes what a CommonMark reader would take as
 * syntax; destinations and titles go through {@link #destination} and {@link #title}. Nothing else
 * writes text.
 */
final class MarkdownWriter {

    /** Characters escaped with a backslash wherever they appear in text. */
    private static final String ALWAYS_ESCAPED = "\\`*_[]<|~";

    /** Characters escaped with a backslash when they start a line: they would start a block. */
    private static final String LINE_START_ESCAPED = "#>-+=";

    /** What follows an {@code &} that a reader would decode as a character reference. */
    private static final Pattern ENTITY_TAIL = Pattern.compile("(?:#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);");

    private final Labels labels;
    private final Set<RenderWarning> warnings = new LinkedHashSet<>();
    private String path = "title";

    MarkdownWriter(Labels labels) {
        this.labels = labels;
    }

    List<RenderWarning> warnings() {
        return List.copyOf(warnings);
    }

    private void warn(String message) {
        warnings.add(new RenderWarning(path, message));
    }

    String write(Article article, boolean frontMatter, boolean header) {
        StringBuilder out = new StringBuilder();
        if (frontMatter) {
            YamlFrontMatter.write(article, out);
        }
        List<String> blocks = new ArrayList<>();
        if (header) {
            header(article, blocks);
        }
        Character previousMarker = null;
        for (int i = 0; i < article.body().size(); i++) {
            path = "body[" + i + "]";
            Block block = article.body().get(i);
            Character marker = null;
            String markdown = switch (block) {
                case Paragraph p -> paragraph(p.content());
                case Heading h -> heading(h.level(), h.content());
                case Figure f -> figure(f);
                case Quote q -> quote(q);
                case ListBlock l -> {
                    marker = listMarker(l.ordered(), previousMarker);
                    yield list(l, marker);
                }
            };
            if (!markdown.isEmpty()) {
                blocks.add(markdown);
                previousMarker = marker;
            }
        }
        if (!blocks.isEmpty()) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(String.join("\n\n", blocks)).append('\n');
        }
        return out.toString();
    }

    private void header(Article article, List<String> blocks) {
        path = "title";
        blocks.add("# " + inlines(List.of(new Text(article.title())), true));
        article.subtitle().ifPresent(subtitle -> {
            path = "subtitle";
            blocks.add(paragraph(List.of(new Emphasis(List.of(new Text(subtitle))))));
        });
        List<String> meta = labels.sourceBylineDate(article);
        if (!meta.isEmpty()) {
            path = "source";
            blocks.add(paragraph(List.of(new Text(String.join(" · ", meta)))));
        }
    }

    /**
     * {@return the marker of a list: {@code -} or {@code .}, or {@code *} or {@code )} right after
     * a list of the same kind, which CommonMark would otherwise merge into it}
     */
    private static char listMarker(boolean ordered, Character previous) {
        if (ordered) {
            return previous != null && previous == '.' ? ')' : '.';
        }
        return previous != null && previous == '-' ? '*' : '-';
    }

    // ---- blocks ----

    private String paragraph(List<Inline> content) {
        List<Inline> normalized = normalize(content);
        if (onlyLineBreaks(normalized)) {
            warn("left out a paragraph that holds only line breaks: Markdown cannot write an empty paragraph");
            return "";
        }
        return inlines(normalized, false);
    }

    private String heading(int level, List<Inline> content) {
        return "#".repeat(Math.min(level + 1, Heading.MAX_LEVEL)) + " " + inlines(normalize(content), true);
    }

    private String figure(Figure figure) {
        List<String> parts = new ArrayList<>();
        figure.src().ifPresent(src -> {
            StringBuilder image = new StringBuilder("![");
            figure.alt().ifPresent(alt -> image.append(inlines(List.of(new Text(alt)), false, '[', ']', false)));
            image.append("](").append(destination(src));
            figure.caption().ifPresent(caption -> image.append(' ').append(title(caption)));
            parts.add(image.append(')').toString());
        });
        List<Inline> lines = new ArrayList<>();
        figure.caption().or(() -> figure.src().isEmpty() ? figure.alt() : Optional.empty())
                .ifPresent(caption -> lines.add(new Text(caption)));
        figure.credit().ifPresent(credit -> {
            if (!lines.isEmpty()) {
                lines.add(LineBreak.INSTANCE);
            }
            lines.add(new Emphasis(List.of(new Text(labels.credit(credit)))));
        });
        if (!lines.isEmpty()) {
            parts.add(inlines(normalize(lines), false));
        }
        return String.join("\n\n", parts);
    }

    private String quote(Quote quote) {
        List<String> parts = new ArrayList<>();
        List<Inline> content = normalize(quote.content());
        if (onlyLineBreaks(content)) {
            warn("wrote an empty quote: its content is only line breaks, which Markdown cannot write alone");
        } else {
            parts.add(inlines(content, false));
        }
        quote.attribution().ifPresent(name ->
                parts.add(inlines(List.of(new Text(labels.get("quote.attribution", name))), false)));
        if (parts.isEmpty()) {
            return ">";
        }
        return prefixLines(String.join("\n\n", parts), "> ", "> ");
    }

    private String list(ListBlock list, char marker) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            ListItem item = list.items().get(i);
            String bullet = list.ordered() ? (i + 1) + String.valueOf(marker) : String.valueOf(marker);
            List<Inline> content = normalize(item.content());
            if (onlyLineBreaks(content)) {
                warn("wrote list item " + (i + 1) + " empty: its content is only line breaks");
                items.add(bullet);
            } else {
                items.add(prefixLines(inlines(content, false), bullet + " ", " ".repeat(bullet.length() + 1)));
            }
        }
        return String.join("\n", items);
    }

    /** {@return the text with a prefix before its first line and another before the rest, none on blank lines} */
    private static String prefixLines(String text, String first, String rest) {
        StringBuilder out = new StringBuilder();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            String prefix = i == 0 ? first : rest;
            out.append(lines[i].isEmpty() ? prefix.stripTrailing() : prefix + lines[i]);
        }
        return out.toString();
    }

    private List<Inline> normalize(List<Inline> content) {
        return InlineNormalizer.normalize(content, link -> warn("kept the text of a link inside another link and"
                + " left out its target " + link.href() + ": Markdown links cannot nest"));
    }

    private static boolean onlyLineBreaks(List<Inline> content) {
        return content.stream().allMatch(LineBreak.class::isInstance);
    }

    // ---- inline content ----

    /** Writes the whole content of a block, which starts and ends a line. */
    private String inlines(List<Inline> content, boolean heading) {
        return inlines(content, true, Delimiters.LINE_EDGE, Delimiters.LINE_EDGE, heading, false);
    }

    private String inlines(List<Inline> content, boolean block, int before, int after, boolean heading) {
        return inlines(content, block, before, after, heading, false);
    }

    /**
     * Writes inline content.
     *
     * @param content normalized content
     * @param block whether it is a block's whole content: it starts a line, its last text ends one,
     *     and line breaks at its end (which CommonMark drops) are written as {@code <br>}
     * @param before the code point written just before, or {@link Delimiters#PUNCTUATION}
     * @param after the code point written just after, or {@link Delimiters#PUNCTUATION}
     * @param heading whether it is in an ATX heading: one line, so every line break is {@code <br>},
     *     and {@code #} is escaped everywhere (a trailing run would close the heading)
     * @param nested whether it is inside emphasis (a delimiter here must not be able to close
     *     an enclosing one)
     */
    private String inlines(List<Inline> content, boolean block, int before, int after, boolean heading,
            boolean nested) {
        int trailingBreaks = content.size();
        if (block) {
            while (trailingBreaks > 0 && content.get(trailingBreaks - 1) instanceof LineBreak) {
                trailingBreaks--;
            }
        }
        StringBuilder out = new StringBuilder();
        boolean lineStart = block;
        int previous = before;
        for (int i = 0; i < content.size(); i++) {
            boolean last = i == content.size() - 1;
            String written = switch (content.get(i)) {
                case Text t -> text(t.text(), lineStart, block && last, heading);
                case LineBreak b -> heading || i >= trailingBreaks ? "<br>" : "\\\n";
                case Emphasis e -> emphasis(e.content(), 1, "em", previous,
                        last ? after : startOf(content.get(i + 1), block && i + 1 == content.size() - 1, heading),
                        heading, nested);
                case Strong s -> emphasis(s.content(), 2, "strong", previous,
                        last ? after : startOf(content.get(i + 1), block && i + 1 == content.size() - 1, heading),
                        heading, nested);
                case Link l -> link(l, heading);
            };
            out.append(written);
            lineStart = written.endsWith("\n");
            previous = written.codePointBefore(written.length());
        }
        return out.toString();
    }

    /** {@return the first code point a node will be written with, or {@link Delimiters#PUNCTUATION}} */
    private int startOf(Inline next, boolean endsBlock, boolean heading) {
        if (next instanceof Text t) {
            return text(t.text(), false, endsBlock, heading).codePointAt(0);
        }
        return Delimiters.PUNCTUATION; // a delimiter, "[", "<" or "\": punctuation all
    }

    /**
     * Writes emphasis with delimiters CommonMark will read back as this emphasis, trying {@code *}
     * then {@code _}: neither may touch a delimiter of its own kind (runs would merge), the opening
     * run must be able to open and the closing one to close, and inside other emphasis the opening
     * run must not be able to close (it would close the outer one). When no delimiter can, as in
     * {@code a*(b)*} or before CJK punctuation, the HTML tag is written instead.
     */
    private String emphasis(List<Inline> content, int length, String tag, int before, int after, boolean heading,
            boolean nested) {
        String inner = inlines(content, false, Delimiters.PUNCTUATION, Delimiters.PUNCTUATION, heading, true);
        int first = inner.codePointAt(0);
        int last = inner.codePointBefore(inner.length());
        for (char delimiter : new char[] {'*', '_'}) {
            if (before == delimiter || first == delimiter || last == delimiter) {
                continue;
            }
            boolean opens = Delimiters.canOpen(delimiter, before, first)
                    && !(nested && Delimiters.canClose(delimiter, before, first));
            if (opens && Delimiters.canClose(delimiter, last, after)) {
                String run = String.valueOf(delimiter).repeat(length);
                return run + inner + run;
            }
        }
        return "<" + tag + ">" + inner + "</" + tag + ">";
    }

    private String link(Link link, boolean heading) {
        StringBuilder out = new StringBuilder("[");
        out.append(inlines(link.content(), false, '[', ']', heading, false));
        out.append("](").append(destination(link.href()));
        link.title().ifPresent(title -> out.append(' ').append(title(title)));
        return out.append(')').toString();
    }

    /**
     * Escapes text so that a CommonMark reader gives it back unchanged.
     *
     * @param text the text
     * @param lineStart whether it starts a line: what would start a block there is escaped, and
     *     leading whitespace (which a reader strips) is written as a character reference
     * @param lineEnd whether it ends a block: trailing whitespace is written as a character reference
     * @param heading whether it is in an ATX heading, where every {@code #} is escaped
     */
    private String text(String text, boolean lineStart, boolean lineEnd, boolean heading) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int digits = 0;
        boolean leadingDigits = lineStart;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            boolean first = i == 0;
            if (leadingDigits && cp >= '0' && cp <= '9') {
                digits++;
            } else if (leadingDigits && (cp == '.' || cp == ')') && digits > 0 && digits <= 9) {
                out.append('\\').append((char) cp); // "2026." would start an ordered list
                leadingDigits = false;
                i = next;
                continue;
            } else {
                leadingDigits = false;
            }
            if (cp == 0) {
                warn("wrote U+0000 as U+FFFD: CommonMark does not allow it");
                out.append('\uFFFD');
            } else if ((first && lineStart || next == text.length() && lineEnd) && Delimiters.isWhitespace(cp)) {
                reference(out, cp);
            } else if (isControl(cp) || cp == '\n' || cp == '\r') {
                reference(out, cp);
            } else if (ALWAYS_ESCAPED.indexOf(cp) >= 0
                    || cp == '#' && heading
                    || first && lineStart && LINE_START_ESCAPED.indexOf(cp) >= 0
                    || cp == '!' && next == text.length() // a link may follow: "![" starts an image
                    || cp == '&' && ENTITY_TAIL.matcher(text).region(next, text.length()).lookingAt()) {
                out.append('\\').append((char) cp);
            } else {
                out.appendCodePoint(cp);
            }
            i = next;
        }
        return out.toString();
    }

    /** {@return whether a code point is a control character written as a reference (a tab is not)} */
    private static boolean isControl(int cp) {
        return cp < 0x20 && cp != '\t' || cp >= 0x7F && cp <= 0x9F;
    }

    private static void reference(StringBuilder out, int cp) {
        out.append("&#").append(cp).append(';');
    }

    /**
     * {@return a link destination}: as written when it is plain printable ASCII without spaces,
     * angle brackets, parentheses or backslashes; otherwise between {@code <} and {@code >}, with
     * those escaped and line endings and control characters as references
     */
    private String destination(String href) {
        boolean plain = href.chars().allMatch(c -> c > 0x20 && c < 0x7F && "<>()\\".indexOf(c) < 0);
        StringBuilder out = new StringBuilder(href.length() + 2);
        if (!plain) {
            out.append('<');
        }
        quoted(href, "<>\\", out);
        if (!plain) {
            out.append('>');
        }
        return out.toString();
    }

    /** {@return a link or image title, double-quoted} */
    private String title(String title) {
        StringBuilder out = new StringBuilder(title.length() + 2).append('"');
        quoted(title, "\"\\", out);
        return out.append('"').toString();
    }

    private void quoted(String text, String escaped, StringBuilder out) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (cp == 0) {
                warn("wrote U+0000 as U+FFFD: CommonMark does not allow it");
                out.append('\uFFFD');
            } else if (isControl(cp) || cp == '\n' || cp == '\r') {
                reference(out, cp);
            } else if (escaped.indexOf(cp) >= 0
                    || cp == '&' && ENTITY_TAIL.matcher(text).region(next, text.length()).lookingAt()) {
                out.append('\\').append((char) cp);
            } else {
                out.appendCodePoint(cp);
            }
            i = next;
        }
    }
}
