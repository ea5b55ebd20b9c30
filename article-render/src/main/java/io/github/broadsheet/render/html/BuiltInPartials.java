package io.github.broadsheet.render.html;

import io.github.broadsheet.render.html.Views.BlockView;
import io.github.broadsheet.render.html.Views.FigureView;
import io.github.broadsheet.render.html.Views.HeadingView;
import io.github.broadsheet.render.html.Views.ImageView;
import io.github.broadsheet.render.html.Views.InlineView;
import io.github.broadsheet.render.html.Views.ItemView;
import io.github.broadsheet.render.html.Views.LinkView;
import io.github.broadsheet.render.html.Views.ListView;
import io.github.broadsheet.render.html.Views.ParagraphView;
import io.github.broadsheet.render.html.Views.QuoteView;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The shared body templates ({@code themes/base/block.mustache} and the partials it calls) written
 * in Java: a page's body is most of its template work, and these write the same characters without
 * looking each value up through the template engine.
 *
 * <p>{@link TemplateSet} uses one in place of its template only where that template and every
 * template it calls are the shared ones (not replaced by an override folder, a class path prefix or
 * the theme), and only for a call whose current value is the view the template is written for; every
 * other call runs the template. Each method is the template beside it, line for line: a section of a
 * value ({@code {{#caption}}}) is shown when the value is present and not an empty string, a list's
 * section once per element, a standalone section tag's line is left out as the template engine leaves
 * it out, and the template's final line break is not written ({@link TemplateSet} drops it).
 * {@code BuiltInPartialsTest} renders every fixture both ways and compares the pages.
 */
enum BuiltInPartials {

    /** {@code block.mustache}: the partial of the block's one part. */
    BLOCK("block", BlockView.class),
    /** {@code paragraph.mustache}. */
    PARAGRAPH("paragraph", ParagraphView.class),
    /** {@code heading.mustache}. */
    HEADING("heading", HeadingView.class),
    /** {@code figure.mustache}. */
    FIGURE("figure", FigureView.class),
    /** {@code quote.mustache}. */
    QUOTE("quote", QuoteView.class),
    /** {@code list.mustache}. */
    LIST("list", ListView.class),
    /** {@code inline.mustache}: the partial of the node's one part. */
    INLINE("inline", InlineView.class);

    /** The templates the inline partial calls, itself included. */
    private static final Set<String> INLINE_TEMPLATES = Set.of("inline", "text", "emphasis", "strong", "link",
            "linebreak");

    private final String name;
    private final Class<?> view;

    BuiltInPartials(String name, Class<?> view) {
        this.name = name;
        this.view = view;
    }

    /** {@return the template's file name, such as {@code block.mustache}} */
    String template() {
        return name + ".mustache";
    }

    /**
     * {@return the names (without {@code .mustache}) of the templates this one writes: itself and every
     * template it calls, directly or through others}
     */
    Set<String> templates() {
        return switch (this) {
            case BLOCK -> union(Set.of("block", "paragraph", "heading", "figure", "quote", "list"), INLINE_TEMPLATES);
            case PARAGRAPH, HEADING, QUOTE, LIST -> union(Set.of(name), INLINE_TEMPLATES);
            case FIGURE -> Set.of(name);
            case INLINE -> INLINE_TEMPLATES;
        };
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        return Stream.concat(a.stream(), b.stream()).collect(Collectors.toUnmodifiableSet());
    }

    /** {@return whether this writes a value: the view the template is written for} @param value the current value */
    boolean writes(Object value) {
        return view.isInstance(value);
    }

    /**
     * Writes a value as the template would.
     *
     * @param value a value that {@link #writes(Object)} accepts
     * @param out where to write
     */
    void write(Object value, StringBuilder out) {
        switch (this) {
            case BLOCK -> block((BlockView) value, out);
            case PARAGRAPH -> paragraph((ParagraphView) value, out);
            case HEADING -> heading((HeadingView) value, out);
            case FIGURE -> figure((FigureView) value, out);
            case QUOTE -> quote((QuoteView) value, out);
            case LIST -> list((ListView) value, out);
            case INLINE -> inline((InlineView) value, out);
        }
    }

    // {{#paragraph}}{{> paragraph}}{{/paragraph}}{{#heading}}{{> heading}}{{/heading}}{{#figure}}{{> figure}}{{/figure}}
    // {{#quote}}{{> quote}}{{/quote}}{{#list}}{{> list}}{{/list}}
    private static void block(BlockView block, StringBuilder out) {
        block.paragraph().ifPresent(p -> paragraph(p, out));
        block.heading().ifPresent(h -> heading(h, out));
        block.figure().ifPresent(f -> figure(f, out));
        block.quote().ifPresent(q -> quote(q, out));
        block.list().ifPresent(l -> list(l, out));
    }

    // <p>{{#content}}{{> inline}}{{/content}}</p>
    private static void paragraph(ParagraphView paragraph, StringBuilder out) {
        inlines("<p>", paragraph.content(), "</p>", out);
    }

    // <h{{level}} id="{{id}}">{{#content}}{{> inline}}{{/content}}</h{{level}}>
    private static void heading(HeadingView heading, StringBuilder out) {
        out.append("<h").append(heading.level());
        text(" id=\"", heading.id(), "\"", out);
        inlines(">", heading.content(), "</h" + heading.level() + ">", out);
    }

    // <figure{{#creditOnly}} class="credit-only"{{/creditOnly}}>
    // {{#image}}
    // <img src="{{src}}" alt="{{alt}}">
    // {{/image}}
    // {{#hasCaption}}
    // <figcaption>{{#caption}}<span class="caption">{{caption}}</span>{{/caption}}{{#caption}}{{#credit}} {{/credit}}{{/caption}}{{#credit}}<span class="credit">{{credit}}</span>{{/credit}}</figcaption>
    // {{/hasCaption}}
    // </figure>
    private static void figure(FigureView figure, StringBuilder out) {
        out.append(figure.creditOnly() ? "<figure class=\"credit-only\">\n" : "<figure>\n");
        if (figure.image().isPresent()) {
            ImageView image = figure.image().get();
            text("<img src=\"", image.src(), "\"", out);
            text(" alt=\"", image.alt(), "\">\n", out);
        }
        if (figure.hasCaption()) {
            out.append("<figcaption>");
            boolean caption = shown(figure.caption());
            boolean credit = shown(figure.credit());
            if (caption) {
                text("<span class=\"caption\">", figure.caption().get(), credit ? "</span> " : "</span>", out);
            }
            if (credit) {
                text("<span class=\"credit\">", figure.credit().get(), "</span>", out);
            }
            out.append("</figcaption>\n");
        }
        out.append("</figure>");
    }

    // <figure class="quote">
    // <blockquote><p>{{#content}}{{> inline}}{{/content}}</p></blockquote>
    // {{#attribution}}
    // <figcaption>{{attribution}}</figcaption>
    // {{/attribution}}
    // </figure>
    private static void quote(QuoteView quote, StringBuilder out) {
        inlines("<figure class=\"quote\">\n<blockquote><p>", quote.content(), "</p></blockquote>\n", out);
        if (shown(quote.attribution())) {
            text("<figcaption>", quote.attribution().get(), "</figcaption>\n", out);
        }
        out.append("</figure>");
    }

    // {{#ordered}}<ol>{{/ordered}}{{^ordered}}<ul>{{/ordered}}
    // {{#items}}
    // <li>{{#content}}{{> inline}}{{/content}}</li>
    // {{/items}}
    // {{#ordered}}</ol>{{/ordered}}{{^ordered}}</ul>{{/ordered}}
    private static void list(ListView list, StringBuilder out) {
        out.append(list.ordered() ? "<ol>\n" : "<ul>\n");
        for (ItemView item : list.items()) {
            inlines("<li>", item.content(), "</li>\n", out);
        }
        out.append(list.ordered() ? "</ol>" : "</ul>");
    }

    // {{#content}}{{> inline}}{{/content}}, between two pieces of markup
    private static void inlines(String open, List<InlineView> content, String close, StringBuilder out) {
        out.append(open);
        for (int i = 0; i < content.size(); i++) {
            inline(content.get(i), out);
        }
        out.append(close);
    }

    // {{text}}, between two pieces of markup
    private static void text(String open, String text, String close, StringBuilder out) {
        out.append(open);
        Html.escape(text, out);
        out.append(close);
    }

    // {{#text}}{{> text}}{{/text}}{{#emphasis}}{{> emphasis}}{{/emphasis}}{{#strong}}{{> strong}}{{/strong}}
    // {{#link}}{{> link}}{{/link}}{{#lineBreak}}{{> linebreak}}{{/lineBreak}}
    // with text: {{text}}; emphasis: <em>{{#content}}{{> inline}}{{/content}}</em>; strong: the same in
    // <strong>; link: <a href="{{href}}"{{#title}} title="{{title}}"{{/title}}>{{#content}}{{> inline}}{{/content}}</a>;
    // linebreak: <br>
    private static void inline(InlineView inline, StringBuilder out) {
        if (shown(inline.text())) {
            Html.escape(inline.text().get(), out);
        }
        if (inline.emphasis().isPresent()) {
            inlines("<em>", inline.emphasis().get().content(), "</em>", out);
        }
        if (inline.strong().isPresent()) {
            inlines("<strong>", inline.strong().get().content(), "</strong>", out);
        }
        if (inline.link().isPresent()) {
            LinkView link = inline.link().get();
            text("<a href=\"", link.href(), "\"", out);
            if (shown(link.title())) {
                text(" title=\"", link.title().get(), "\"", out);
            }
            inlines(">", link.content(), "</a>", out);
        }
        if (inline.lineBreak()) {
            out.append("<br>");
        }
    }

    /** {@return whether a section of a text shows: the text is there and not empty} */
    private static boolean shown(Optional<String> text) {
        return text.isPresent() && !text.get().isEmpty();
    }
}
