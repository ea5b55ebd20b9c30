package io.github.broadsheet.render.markdown;

import io.github.broadsheet.model.Emphasis;
import io.github.broadsheet.model.Inline;
import io.github.broadsheet.model.LineBreak;
import io.github.broadsheet.model.Link;
import io.github.broadsheet.model.Strong;
import io.github.broadsheet.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Brings inline content into the shape CommonMark can carry, without changing its text:
 * <ul>
 *   <li>whitespace and line breaks at the edges of emphasis move just outside it (a delimiter
 *       next to a space is not a delimiter: {@code * word*} is not emphasis);</li>
 *   <li>emphasis left with nothing inside disappears (an emphasized space shows as a space);</li>
 *   <li>a link inside a link keeps its text and loses its target (CommonMark has no nested
 *       links), which is reported;</li>
 *   <li>adjacent text runs are joined, so that escaping sees the whole run (a {@code 1} and a
 *       {@code . } in separate runs would start an ordered list).</li>
 * </ul>
 */
final class InlineNormalizer {

    private InlineNormalizer() {}

    /**
     * {@return the content in CommonMark's shape}
     *
     * @param content the content
     * @param nestedLinkDropped told once per link target dropped because it sat inside another link
     */
    static List<Inline> normalize(List<Inline> content, Consumer<Link> nestedLinkDropped) {
        return normalize(content, false, nestedLinkDropped);
    }

    private static List<Inline> normalize(List<Inline> content, boolean insideLink, Consumer<Link> nestedLinkDropped) {
        List<Inline> out = new ArrayList<>();
        for (Inline inline : content) {
            switch (inline) {
                case Text t -> add(out, t);
                case LineBreak b -> out.add(b);
                case Emphasis e -> hoist(out, normalize(e.content(), insideLink, nestedLinkDropped), false);
                case Strong s -> hoist(out, normalize(s.content(), insideLink, nestedLinkDropped), true);
                case Link l -> {
                    List<Inline> linked = normalize(l.content(), true, nestedLinkDropped);
                    if (insideLink) {
                        nestedLinkDropped.accept(l);
                        linked.forEach(node -> add(out, node));
                    } else {
                        out.add(new Link(l.href(), l.title(), linked));
                    }
                }
            }
        }
        return out;
    }

    /** Adds a node, joining a text run to a text run before it. */
    private static void add(List<Inline> out, Inline node) {
        if (node instanceof Text t && !out.isEmpty() && out.get(out.size() - 1) instanceof Text previous) {
            out.set(out.size() - 1, new Text(previous.text() + t.text()));
        } else {
            out.add(node);
        }
    }

    /** Adds emphasized content, with the whitespace and line breaks at its edges moved outside. */
    private static void hoist(List<Inline> out, List<Inline> content, boolean strong) {
        List<Inline> core = new ArrayList<>(content);
        List<Inline> leading = new ArrayList<>();
        List<Inline> trailing = new ArrayList<>();
        while (!core.isEmpty()) {
            Inline first = core.get(0);
            if (first instanceof LineBreak) {
                leading.add(core.remove(0));
            } else if (first instanceof Text t) {
                int start = whitespacePrefix(t.text());
                if (start == 0) {
                    break;
                }
                leading.add(new Text(t.text().substring(0, start)));
                core.remove(0);
                if (start < t.text().length()) {
                    core.add(0, new Text(t.text().substring(start)));
                    break;
                }
            } else {
                break;
            }
        }
        while (!core.isEmpty()) {
            Inline last = core.get(core.size() - 1);
            if (last instanceof LineBreak) {
                trailing.add(0, core.remove(core.size() - 1));
            } else if (last instanceof Text t) {
                int end = whitespaceSuffix(t.text());
                if (end == t.text().length()) {
                    break;
                }
                trailing.add(0, new Text(t.text().substring(end)));
                core.remove(core.size() - 1);
                if (end > 0) {
                    core.add(new Text(t.text().substring(0, end)));
                    break;
                }
            } else {
                break;
            }
        }
        leading.forEach(node -> add(out, node));
        if (!core.isEmpty()) {
            out.add(strong ? new Strong(core) : new Emphasis(core));
        }
        trailing.forEach(node -> add(out, node));
    }

    /** {@return the index of the first character after the whitespace the text starts with} */
    private static int whitespacePrefix(String text) {
        int i = 0;
        while (i < text.length() && Delimiters.isWhitespace(text.codePointAt(i))) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i;
    }

    /** {@return the index where the whitespace the text ends with begins} */
    private static int whitespaceSuffix(String text) {
        int i = text.length();
        while (i > 0 && Delimiters.isWhitespace(text.codePointBefore(i))) {
            i -= Character.charCount(text.codePointBefore(i));
        }
        return i;
    }
}
