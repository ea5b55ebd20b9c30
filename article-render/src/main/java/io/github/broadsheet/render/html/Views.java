package io.github.broadsheet.render.html;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the templates see: one record per thing a template shows, with every text cleaned, every
 * address checked, every date and label formatted, and flags where a template has to choose. The
 * component names are the names templates use ({@code {{title}}}, {@code {{#date}}…{{/date}}}); the
 * package documentation lists them for template authors. Templates can read these components and
 * nothing else (see {@link ViewObjectHandler}).
 */
final class Views {

    private Views() {}

    /**
     * A fragment of HTML that Broadsheet's own code wrote and escaped; the only kind of value a
     * template may write unescaped ({@code {{{jsonLd}}}}).
     */
    record RawHtml(String html) {}

    /**
     * The whole page.
     *
     * @param lang the BCP 47 tag of the article's language (or of the labels' locale when it has none)
     * @param rtl whether the language is written right to left
     * @param title the headline
     * @param subtitle the standfirst
     * @param section the section, such as {@code Transport}
     * @param source the publisher
     * @param sourceLine the source with its label: {@code Source: The Coastal Courier}
     * @param byline the authors with their label: {@code By Mara Lindqvist and Tomás Ó Briain}
     * @param authors the authors' names
     * @param date the publication date
     * @param hasDateline whether there is a source or a date
     * @param hasMeta whether there is a byline, a source or a date
     * @param url the original address, when it is allowed
     * @param canonicalUrl the original address when it is absolute {@code http} or {@code https}
     * @param description the page description: the standfirst, else the start of the first paragraph
     * @param tags the keywords
     * @param hasTags whether there are keywords
     * @param hasFooter whether there are tags or an original address to show below the article
     * @param blocks the body
     * @param labels every label of the article's language whose key is a plain word ({@code print},
     *     {@code close}, {@code tags}, …), including those a user adds in a {@code labels_*.properties}
     * @param controlsScript the script that makes the print and close buttons work
     * @param jsonLd the schema.org {@code NewsArticle} JSON-LD, when structured data is on
     * @param openGraph the Open Graph {@code meta} properties, when structured data is on
     * @param generator the name of what made the page
     */
    record PageView(
            String lang,
            boolean rtl,
            String title,
            Optional<String> subtitle,
            Optional<String> section,
            Optional<String> source,
            Optional<String> sourceLine,
            Optional<String> byline,
            List<String> authors,
            Optional<DateView> date,
            boolean hasDateline,
            boolean hasMeta,
            Optional<String> url,
            Optional<String> canonicalUrl,
            Optional<String> description,
            List<String> tags,
            boolean hasTags,
            boolean hasFooter,
            List<BlockView> blocks,
            Map<String, String> labels,
            RawHtml controlsScript,
            Optional<RawHtml> jsonLd,
            List<MetaView> openGraph,
            String generator) {}

    /**
     * A publication date.
     *
     * @param iso the machine-readable form for {@code <time datetime>}, such as {@code 2022-04-12}
     * @param display the form people read: {@code April 12, 2022} or {@code 2022年4月12日}
     * @param label the label before it on a date line: {@code Date: } or {@code 日期：}
     * @param labelAfter the label after it, for languages that put it there; usually empty
     */
    record DateView(String iso, String display, String label, String labelAfter) {}

    /** An Open Graph property. @param property such as {@code og:title} @param content its value */
    record MetaView(String property, String content) {}

    /** One body block: exactly one of the parts is present. */
    record BlockView(
            Optional<ParagraphView> paragraph,
            Optional<HeadingView> heading,
            Optional<FigureView> figure,
            Optional<QuoteView> quote,
            Optional<ListView> list) {

        static BlockView of(ParagraphView paragraph) {
            return new BlockView(Optional.of(paragraph), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        }

        static BlockView of(HeadingView heading) {
            return new BlockView(Optional.empty(), Optional.of(heading), Optional.empty(), Optional.empty(), Optional.empty());
        }

        static BlockView of(FigureView figure) {
            return new BlockView(Optional.empty(), Optional.empty(), Optional.of(figure), Optional.empty(), Optional.empty());
        }

        static BlockView of(QuoteView quote) {
            return new BlockView(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(quote), Optional.empty());
        }

        static BlockView of(ListView list) {
            return new BlockView(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(list));
        }
    }

    /** A paragraph. @param content its inline content */
    record ParagraphView(List<InlineView> content) {}

    /**
     * A heading.
     *
     * @param level the HTML level, 2 to 6 (the headline is the only {@code h1}), one below the
     *     heading this one belongs under, so that no level is skipped
     * @param id the heading's id, unique in the page
     * @param text its plain text
     * @param content its inline content
     */
    record HeadingView(int level, String id, String text, List<InlineView> content) {}

    /**
     * A figure.
     *
     * @param image the image, when it has an allowed address
     * @param caption the caption (or, when no image is shown and there is no caption, its alt text)
     * @param credit the credit with its label: {@code Photo: Jonas Eklöf} or {@code 图：李新华}
     * @param hasCaption whether there is a caption or a credit
     * @param creditOnly whether the credit is all there is to show
     */
    record FigureView(Optional<ImageView> image, Optional<String> caption, Optional<String> credit,
            boolean hasCaption, boolean creditOnly) {}

    /** An image. @param src its checked address @param alt its text alternative; may be empty */
    record ImageView(String src, String alt) {}

    /**
     * A quotation.
     *
     * @param content its inline content
     * @param attribution who said it, with its label: {@code — Agnes Whitcombe}
     */
    record QuoteView(List<InlineView> content, Optional<String> attribution) {}

    /** A list. @param ordered whether it is numbered @param items its items */
    record ListView(boolean ordered, List<ItemView> items) {}

    /** A list item. @param content its inline content */
    record ItemView(List<InlineView> content) {}

    /** One inline node: exactly one of the parts is present (or {@code lineBreak} is true). */
    record InlineView(
            Optional<String> text,
            Optional<SpanView> emphasis,
            Optional<SpanView> strong,
            Optional<LinkView> link,
            boolean lineBreak) {

        static final InlineView LINE_BREAK = new InlineView(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), true);

        static InlineView text(String text) {
            return new InlineView(Optional.of(text), Optional.empty(), Optional.empty(), Optional.empty(), false);
        }

        static InlineView emphasis(List<InlineView> content) {
            return new InlineView(Optional.empty(), Optional.of(new SpanView(content)), Optional.empty(), Optional.empty(),
                    false);
        }

        static InlineView strong(List<InlineView> content) {
            return new InlineView(Optional.empty(), Optional.empty(), Optional.of(new SpanView(content)), Optional.empty(),
                    false);
        }

        static InlineView link(LinkView link) {
            return new InlineView(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(link), false);
        }
    }

    /** Emphasized or strong content. @param content the nodes inside */
    record SpanView(List<InlineView> content) {}

    /**
     * A link whose address is allowed (a link whose address is not becomes its content alone).
     *
     * @param href the checked address
     * @param title the advisory title
     * @param content the linked nodes
     */
    record LinkView(String href, Optional<String> title, List<InlineView> content) {}
}
