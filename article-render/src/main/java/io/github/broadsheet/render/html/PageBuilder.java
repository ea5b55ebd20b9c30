package io.github.broadsheet.render.html;

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
import io.github.broadsheet.model.PublicationDate;
import io.github.broadsheet.model.Quote;
import io.github.broadsheet.model.Strong;
import io.github.broadsheet.model.Text;
import io.github.broadsheet.render.Labels;
import io.github.broadsheet.render.RenderOptions;
import io.github.broadsheet.render.RenderWarning;
import io.github.broadsheet.render.html.Views.BlockView;
import io.github.broadsheet.render.html.Views.DateView;
import io.github.broadsheet.render.html.Views.FigureView;
import io.github.broadsheet.render.html.Views.HeadingView;
import io.github.broadsheet.render.html.Views.ImageView;
import io.github.broadsheet.render.html.Views.InlineView;
import io.github.broadsheet.render.html.Views.ItemView;
import io.github.broadsheet.render.html.Views.LinkView;
import io.github.broadsheet.render.html.Views.ListView;
import io.github.broadsheet.render.html.Views.MetaView;
import io.github.broadsheet.render.html.Views.PageView;
import io.github.broadsheet.render.html.Views.ParagraphView;
import io.github.broadsheet.render.html.Views.QuoteView;
import io.github.broadsheet.render.html.Views.RawHtml;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Prepares everything a page shows: turns an article into a {@link PageView} and collects the
 * {@link RenderWarning}s of what it left out or changed. One instance per rendering; not thread-safe.
 */
final class PageBuilder {

    /**
     * How deep inline content may nest ({@code strong} in {@code emphasis} in a link …) before the
     * rest is written as plain text: {@value}. Articles from the JSON reader nest at most 64 levels
     * in all; real articles rarely nest more than three.
     */
    static final int MAX_INLINE_DEPTH = 32;
    /** The longest generated page description, in code points: {@value}. */
    static final int DESCRIPTION_LENGTH = 200;

    /**
     * The script behind the print view's buttons: each {@code button[data-action]} prints or closes
     * the window, and the {@code .controls} that hold them, hidden without scripts, are shown. It uses
     * no inline event handler attributes, so a site that serves the page under a strict content
     * security policy allows it by its hash alone ({@link #CONTROLS_SCRIPT_HASH}); where scripts are
     * blocked the buttons stay hidden rather than dead.
     */
    static final String CONTROLS_SCRIPT = """

            document.querySelectorAll("button[data-action]").forEach(function (button) {
              button.addEventListener("click", function () {
                if (button.dataset.action === "print") { window.print(); } else { window.close(); }
              });
            });
            document.querySelectorAll(".controls[hidden]").forEach(function (controls) { controls.hidden = false; });
            """;

    /** The hash of {@link #CONTROLS_SCRIPT} as a content security policy source: {@code 'sha256-…'}. */
    static final String CONTROLS_SCRIPT_HASH = "'sha256-" + sha256(CONTROLS_SCRIPT) + "'";

    private static final Set<String> RTL_LANGUAGES = Set.of("ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ku",
            "ps", "sd", "syr", "ug", "ur", "yi", "ji");
    private static final Set<String> RTL_SCRIPTS = Set.of("Arab", "Hebr", "Syrc", "Thaa", "Nkoo", "Adlm", "Rohg");
    private static final String SLOT = "\u0000";

    private final Article article;
    private final RenderOptions options;
    private final Labels labels;
    private final UrlPolicy urls;
    private final List<RenderWarning> warnings = new ArrayList<>();
    private final HeadingIds ids = new HeadingIds();
    private final List<String> imageUrls = new ArrayList<>();
    /** The article's levels of the open headings above the current block, and the HTML levels given them. */
    private final ArrayDeque<int[]> outline = new ArrayDeque<>();
    /** The characters of text so far. */
    private int textLength;

    private PageBuilder(Article article, RenderOptions options, Labels labels) {
        this.article = article;
        this.options = options;
        this.labels = labels;
        this.urls = new UrlPolicy(options.baseUrl());
    }

    /**
     * The view of a page and what was left out or changed.
     *
     * @param page the view
     * @param warnings what was left out or changed
     * @param textLength how many characters of the article's text the view holds
     */
    record Result(PageView page, List<RenderWarning> warnings, int textLength) {}

    /**
     * {@return the view of an article}
     *
     * @param article the article
     * @param options the options (base URL, structured data)
     * @param labels the labels of the article's language
     */
    static Result build(Article article, RenderOptions options, Labels labels) {
        PageBuilder builder = new PageBuilder(article, options, labels);
        PageView page = builder.page();
        return new Result(page, List.copyOf(builder.warnings), builder.textLength);
    }

    private PageView page() {
        Locale language = article.language().orElse(labels.locale());
        String title = text(article.title(), Where.of("title"));
        Optional<String> subtitle = article.subtitle().map(s -> text(s, Where.of("subtitle")));
        Optional<String> section = article.section().map(s -> text(s, Where.of("section")));
        Optional<String> source = article.source().map(s -> text(s, Where.of("source")));
        Optional<String> sourceLine = source.map(s -> labels.get("source.line", s));
        List<String> authors = texts(article.authors(), "authors");
        Optional<String> byline = authors.isEmpty() ? Optional.empty() : Optional.of(labels.byline(authors));
        List<String> tags = texts(article.tags(), "tags");
        Optional<DateView> date = article.published().map(this::date);
        Optional<String> url = article.url().flatMap(u -> checked(u, Where.of("url"), "dropped the article's address"));
        Optional<String> canonical = url.filter(UrlPolicy::isAbsoluteWeb);

        List<BlockView> blocks = new ArrayList<>();
        for (int i = 0; i < article.body().size(); i++) {
            block(article.body().get(i), Where.of("body", i)).ifPresent(blocks::add);
        }
        Optional<String> description = subtitle.or(() -> article.body().stream()
                .filter(b -> b instanceof Paragraph).findFirst()
                .map(b -> describe(Html.clean(b.plainText()))).filter(s -> !s.isEmpty()));

        boolean structured = options.structuredData();
        Optional<RawHtml> jsonLd = structured
                ? Optional.of(jsonLd(title, description, date, authors, source, canonical, tags)) : Optional.empty();
        List<MetaView> openGraph = structured
                ? openGraph(title, description, date, source, canonical, language, tags) : List.of();
        boolean hasDateline = source.isPresent() || date.isPresent();
        return new PageView(language.toLanguageTag(), isRightToLeft(language), title, subtitle, section, source,
                sourceLine, byline, authors, date, hasDateline, hasDateline || byline.isPresent(), url, canonical,
                description, tags, !tags.isEmpty(), !tags.isEmpty() || url.isPresent(), List.copyOf(blocks),
                new PlainLabels(labels.asMap()), new RawHtml(CONTROLS_SCRIPT), jsonLd, openGraph, "Broadsheet");
    }

    /**
     * {@return a date in its two forms, with the label of a date line split around it}: the label
     * {@code date.line} ({@code Date: {0}}) is formatted and cut where the date goes, so that the
     * template can put the date in a {@code <time>} element whatever the language's word order
     */
    private DateView date(PublicationDate published) {
        String line = labels.get("date.line", SLOT);
        int slot = line.indexOf(SLOT);
        String before = slot < 0 ? line + " " : line.substring(0, slot);
        String after = slot < 0 ? "" : line.substring(slot + SLOT.length());
        return new DateView(published.toString(), labels.date(published), before, after);
    }

    private Optional<BlockView> block(Block block, Where path) {
        return switch (block) {
            case Paragraph p -> Optional.of(BlockView.of(new ParagraphView(inlines(p.content(), path, 0, false))));
            case Heading h -> {
                String text = Html.clean(h.plainText());
                yield Optional.of(BlockView.of(new HeadingView(htmlLevel(h.level()), ids.next(text), text,
                        inlines(h.content(), path, 0, false))));
            }
            case Figure f -> figure(f, path).map(BlockView::of);
            case Quote q -> Optional.of(BlockView.of(new QuoteView(inlines(q.content(), path, 0, false),
                    q.attribution().map(a -> labels.get("quote.attribution", text(a, path.field("attribution")))))));
            case ListBlock l -> {
                List<ItemView> items = new ArrayList<>();
                for (int i = 0; i < l.items().size(); i++) {
                    items.add(new ItemView(inlines(l.items().get(i).content(), path.field("items", i), 0, false)));
                }
                yield Optional.of(BlockView.of(new ListView(l.ordered(), List.copyOf(items))));
            }
        };
    }

    /**
     * {@return the HTML level of a heading}: one below the nearest heading before it whose level in
     * the article is higher (a smaller number), 2 when there is none (the headline is the only
     * {@code h1}), at most 6. Siblings stay siblings and no level is skipped, whatever levels the
     * article uses: 2, 4, 4 become {@code h2 h3 h3}; 1, 6 become {@code h2 h3}.
     */
    private int htmlLevel(int articleLevel) {
        while (!outline.isEmpty() && outline.peek()[0] >= articleLevel) {
            outline.pop();
        }
        int level = Math.min(Heading.MAX_LEVEL, outline.isEmpty() ? 2 : outline.peek()[1] + 1);
        outline.push(new int[] {articleLevel, level});
        return level;
    }

    private Optional<FigureView> figure(Figure figure, Where path) {
        Optional<String> alt = figure.alt().map(a -> text(a, path.field("alt")));
        Optional<ImageView> image = figure.src()
                .flatMap(src -> checked(src, path.field("src"), "dropped the image"))
                .map(src -> {
                    if (UrlPolicy.isAbsoluteWeb(src)) {
                        imageUrls.add(src);
                    }
                    return new ImageView(src, alt.orElse(""));
                });
        Optional<String> caption = figure.caption().map(c -> text(c, path.field("caption")))
                .or(() -> image.isEmpty() ? alt : Optional.empty());
        Optional<String> credit = figure.credit().map(c -> labels.credit(text(c, path.field("credit"))));
        if (image.isEmpty() && caption.isEmpty() && credit.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FigureView(image, caption, credit, caption.isPresent() || credit.isPresent(),
                image.isEmpty() && caption.isEmpty()));
    }

    /**
     * {@return the views of inline nodes}
     *
     * @param depth how many inline containers are around them
     * @param inLink whether they are inside a link, where another link would be invalid HTML
     */
    private List<InlineView> inlines(List<Inline> content, Where path, int depth, boolean inLink) {
        List<InlineView> out = new ArrayList<>(content.size());
        for (int i = 0; i < content.size(); i++) {
            inline(content.get(i), path.field("content", i), depth, inLink, out);
        }
        return List.copyOf(out);
    }

    private void inline(Inline node, Where path, int depth, boolean inLink, List<InlineView> out) {
        if (depth >= MAX_INLINE_DEPTH && !(node instanceof Text) && !(node instanceof LineBreak)) {
            warn(path, "wrote inline content nested deeper than " + MAX_INLINE_DEPTH + " levels as plain text");
            addText(node.plainText(), path, out);
            return;
        }
        switch (node) {
            case Text t -> addText(t.text(), path, out);
            case LineBreak b -> out.add(InlineView.LINE_BREAK);
            case Emphasis e -> out.add(InlineView.emphasis(inlines(e.content(), path, depth + 1, inLink)));
            case Strong s -> out.add(InlineView.strong(inlines(s.content(), path, depth + 1, inLink)));
            case Link l -> {
                List<InlineView> content = inlines(l.content(), path, depth + 1, true);
                if (inLink) {
                    warn(path, "kept only the text of a link inside another link, which HTML does not allow");
                    out.addAll(content);
                    return;
                }
                Optional<String> href = checked(l.href(), path, "dropped the link and kept its text");
                if (href.isPresent()) {
                    out.add(InlineView.link(new LinkView(href.get(), l.title().map(t -> text(t, path.field("title"))), content)));
                } else {
                    out.addAll(content);
                }
            }
        }
    }

    private void addText(String raw, Where path, List<InlineView> out) {
        String text = text(raw, path);
        if (!text.isEmpty()) {
            out.add(InlineView.text(text));
        }
    }

    /** {@return an address the policy keeps, or empty after a warning that says what was dropped} */
    private Optional<String> checked(String raw, Where path, String consequence) {
        return switch (urls.check(raw)) {
            case UrlPolicy.Outcome.Kept kept -> Optional.of(kept.url());
            case UrlPolicy.Outcome.Dropped dropped -> {
                warn(path, dropped.reason() + "; " + consequence);
                yield Optional.empty();
            }
        };
    }

    /** {@return the text without what HTML cannot carry, with a warning when something was removed} */
    private String text(String raw, Where path) {
        String clean = Html.clean(raw);
        textLength += clean.length();
        if (clean != raw && raw.codePoints().anyMatch(cp -> !Html.carriable(cp))) {
            warn(path, "replaced or removed characters that HTML cannot carry (control characters, noncharacters)");
        }
        return clean;
    }

    private List<String> texts(List<String> raw, String name) {
        List<String> out = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            out.add(text(raw.get(i), Where.of(name, i)));
        }
        return List.copyOf(out);
    }

    private void warn(Where path, String message) {
        warnings.add(new RenderWarning(path.toString(), message));
    }

    /**
     * The labels whose key is one word ({@code print}, not {@code page.of}): a view of all the
     * labels, so that a page reads the two or three its templates name instead of copying them all.
     * Immutable.
     */
    private static final class PlainLabels extends AbstractMap<String, String> {
        private final Map<String, String> all;

        PlainLabels(Map<String, String> all) {
            this.all = all;
        }

        private static boolean plain(Object key) {
            return key instanceof String word && word.indexOf('.') < 0;
        }

        @Override
        public String get(Object key) {
            return plain(key) ? all.get(key) : null;
        }

        @Override
        public boolean containsKey(Object key) {
            return plain(key) && all.containsKey(key);
        }

        @Override
        public Set<Entry<String, String>> entrySet() {
            Map<String, String> plain = new LinkedHashMap<>();
            all.forEach((key, label) -> {
                if (plain(key)) {
                    plain.put(key, label);
                }
            });
            return Collections.unmodifiableMap(plain).entrySet();
        }
    }

    /**
     * Where a value is in the article, such as {@code body[3].content[1]}: a warning's path, spelled
     * out only when there is a warning.
     *
     * @param parent what it is in, or null at the top
     * @param name the field's name
     * @param index the index in the field's list, or -1 for the field itself
     */
    private record Where(Where parent, String name, int index) {

        static Where of(String name) {
            return new Where(null, name, -1);
        }

        static Where of(String name, int index) {
            return new Where(null, name, index);
        }

        Where field(String field) {
            return new Where(this, field, -1);
        }

        Where field(String field, int at) {
            return new Where(this, field, at);
        }

        @Override
        public String toString() {
            String here = index < 0 ? name : name + "[" + index + "]";
            return parent == null ? here : parent + "." + here;
        }
    }

    /** {@return text with runs of white space made one space, cut at a word to the description length} */
    static String describe(String text) {
        String flat = flatten(text.strip());
        if (flat.codePointCount(0, flat.length()) <= DESCRIPTION_LENGTH) {
            return flat;
        }
        int end = flat.offsetByCodePoints(0, DESCRIPTION_LENGTH - 1);
        int space = flat.lastIndexOf(' ', end);
        if (space > end / 2) {
            end = space;
        }
        return flat.substring(0, end).strip() + "…";
    }

    /**
     * {@return text with each run of white space made one space}, the white space of the regular
     * expression {@code \s}: {@code [ \t\n\x0B\f\r]}
     */
    static String flatten(String text) {
        StringBuilder out = null;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            int end = i + 1;
            while (end < length && isSpace(text.charAt(end))) {
                end++;
            }
            if (out == null && c == ' ' && end == i + 1) {
                continue; // a single space stays as it is
            }
            if (out == null) {
                out = new StringBuilder(length).append(text, 0, i);
            }
            out.append(' ');
            i = end - 1;
        }
        return out == null ? text : out.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static boolean isRightToLeft(Locale language) {
        if (!language.getScript().isEmpty()) {
            return RTL_SCRIPTS.contains(language.getScript());
        }
        return RTL_LANGUAGES.contains(language.getLanguage());
    }

    private RawHtml jsonLd(String title, Optional<String> description, Optional<DateView> date, List<String> authors,
            Optional<String> source, Optional<String> canonical, List<String> tags) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "NewsArticle");
        data.put("headline", title);
        description.ifPresent(d -> data.put("description", d));
        date.ifPresent(d -> data.put("datePublished", d.iso()));
        if (!authors.isEmpty()) {
            data.put("author", authors.stream().map(a -> typed("Person", a)).toList());
        }
        source.ifPresent(s -> data.put("publisher", typed("Organization", s)));
        if (!imageUrls.isEmpty()) {
            data.put("image", List.copyOf(new LinkedHashSet<>(imageUrls)));
        }
        article.language().ifPresent(l -> data.put("inLanguage", l.toLanguageTag()));
        canonical.ifPresent(u -> {
            data.put("url", u);
            data.put("mainEntityOfPage", u);
        });
        article.section().ifPresent(s -> data.put("articleSection", Html.clean(s)));
        if (!tags.isEmpty()) {
            data.put("keywords", tags);
        }
        return new RawHtml(ScriptJson.write(data));
    }

    private static Map<String, Object> typed(String type, String name) {
        Map<String, Object> thing = new LinkedHashMap<>();
        thing.put("@type", type);
        thing.put("name", name);
        return thing;
    }

    private List<MetaView> openGraph(String title, Optional<String> description, Optional<DateView> date,
            Optional<String> source, Optional<String> canonical, Locale language, List<String> tags) {
        List<MetaView> meta = new ArrayList<>();
        meta.add(new MetaView("og:type", "article"));
        meta.add(new MetaView("og:title", title));
        description.ifPresent(d -> meta.add(new MetaView("og:description", d)));
        canonical.ifPresent(u -> meta.add(new MetaView("og:url", u)));
        source.ifPresent(s -> meta.add(new MetaView("og:site_name", s)));
        meta.add(new MetaView("og:locale", language.getLanguage()
                + (language.getCountry().isEmpty() ? "" : "_" + language.getCountry())));
        new LinkedHashSet<>(imageUrls).forEach(u -> meta.add(new MetaView("og:image", u)));
        date.ifPresent(d -> meta.add(new MetaView("article:published_time", d.iso())));
        article.section().ifPresent(s -> meta.add(new MetaView("article:section", Html.clean(s))));
        tags.forEach(t -> meta.add(new MetaView("article:tag", t)));
        return List.copyOf(meta);
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
