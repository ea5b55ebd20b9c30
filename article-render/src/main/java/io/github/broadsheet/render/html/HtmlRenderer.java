package io.github.broadsheet.render.html;

import io.github.broadsheet.model.Article;
import io.github.broadsheet.render.Labels;
import io.github.broadsheet.render.OutputFormat;
import io.github.broadsheet.render.RenderOptions;
import io.github.broadsheet.render.RenderResult;
import io.github.broadsheet.render.TextRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Renders an article as one self-contained HTML5 page through Mustache.java templates; format name
 * {@code html}. Immutable and thread-safe: one instance serves any number of threads and documents.
 *
 * {@snippet :
 * HtmlRenderer html = new HtmlRenderer();
 * String page = html.renderToString(article);                      // the article theme
 * RenderResult result = html.render(article, RenderOptions.builder()
 *         .theme("print")                                          // the print view
 *         .templateDirectory(Path.of("my-templates"))              // my figure.mustache, say
 *         .build(), out);
 * result.warnings().forEach(System.err::println);                  // body[3].content[1]: dropped …
 * }
 *
 * <p>The options it reads: {@link RenderOptions#theme()}, {@link RenderOptions#templateDirectory()},
 * {@link RenderOptions#templateClasspathPrefix()}, {@link RenderOptions#locale()},
 * {@link RenderOptions#baseUrl()} and {@link RenderOptions#structuredData()}. Templates are compiled
 * once per theme and set of overrides, on first use, and kept for the life of the renderer; labels
 * come from {@link Labels}, which reads each locale's once. See the {@linkplain io.github.broadsheet.render.html package
 * documentation} for the templates, what they see, and how article content is kept harmless.
 */
public final class HtmlRenderer implements TextRenderer {

    /** The themes Broadsheet ships: {@code article} and {@code print}. */
    public static final List<String> THEMES = List.of(RenderOptions.ARTICLE_THEME, RenderOptions.PRINT_THEME);

    /**
     * The hash of the print view's only script, as a content security policy source
     * ({@code 'sha256-…'}): a site that serves print views under a policy without
     * {@code 'unsafe-inline'} adds it to {@code script-src} to make the print and close buttons work.
     * The script is the same in every page.
     */
    public static final String CONTROLS_SCRIPT_HASH = PageBuilder.CONTROLS_SCRIPT_HASH;

    private static final OutputFormat FORMAT = OutputFormat.text("html", "text/html", "html");

    /** The largest page buffer, in characters, kept for the next page: {@value} (512 KiB in UTF-16). */
    static final int MAX_SPARE_CAPACITY = 256 * 1024;

    private final Map<TemplateSet.Key, TemplateSet> templates = new ConcurrentHashMap<>();

    /**
     * The buffer of the last page, emptied, for the next one; taken by one rendering at a time
     * (others make their own). A page buffer is the largest thing a rendering makes, and making it
     * (cleared, and made again twice as large once a character beyond Latin-1 comes) cost more than
     * a tenth of a short page's time.
     */
    private final AtomicReference<StringBuilder> spare = new AtomicReference<>();

    private final boolean builtInPartials;

    /** Creates a renderer; {@link java.util.ServiceLoader} calls this. Templates compile on first use. */
    public HtmlRenderer() {
        this(true);
    }

    /**
     * For tests: a renderer that runs every template ({@code false}) instead of writing the shared
     * body templates in Java where they are not overridden ({@code true}, what users get).
     */
    HtmlRenderer(boolean builtInPartials) {
        this.builtInPartials = builtInPartials;
    }

    @Override
    public OutputFormat format() {
        return FORMAT;
    }

    /**
     * Renders the article as an HTML page. The page is written only once it is complete, so a
     * template error leaves {@code out} untouched.
     *
     * @throws IllegalArgumentException if the theme does not exist or the template directory is not a folder
     * @throws TemplateException if a template is missing, broken, or writes article text unescaped
     */
    @Override
    public RenderResult render(Article article, RenderOptions options, Writer out) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(out, "out");
        Page page = page(article, options);
        try {
            out.write(page.html());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return page.result();
    }

    /** Renders straight into the returned string, without a second copy through a {@code Writer}. */
    @Override
    public String renderToString(Article article, RenderOptions options) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(options, "options");
        return page(article, options).html();
    }

    /** A rendered page and what was left out of it. */
    private record Page(String html, RenderResult result) {}

    private Page page(Article article, RenderOptions options) {
        TemplateSet set = templates(options);
        PageBuilder.Result view = PageBuilder.build(article, options, Labels.forArticle(article, options));
        int capacity = capacity(view.textLength(), article.body().size());
        StringBuilder buffer = spare.getAndSet(null);
        if (buffer == null || buffer.capacity() < capacity) {
            buffer = new StringBuilder(capacity);
        }
        set.execute(view.page(), new PageWriter(buffer));
        String html = buffer.toString();
        if (buffer.capacity() <= MAX_SPARE_CAPACITY) {
            buffer.setLength(0);
            spare.set(buffer);
        }
        return new Page(html, new RenderResult(view.warnings()));
    }

    /**
     * {@return room for a page: a little more than most pages of this much text need} The shared
     * templates' page is about 6,000 characters of markup and style and a quarter more than its text
     * (a third of it escaped characters and the page description), with a few dozen characters of
     * tags per block; the seed's page is 11,795 characters for 5,433 of text in 18 blocks. Too much
     * room costs as much as too little: a new buffer is cleared when made, and made again at twice
     * its size when the first character beyond Latin-1 turns it into UTF-16.
     */
    private static int capacity(int textLength, int blocks) {
        return 6144 + textLength + textLength / 4 + 32 * blocks;
    }

    /**
     * Compiles the templates these options select, unless they are compiled already, so that a
     * broken template shows before the first article is rendered.
     *
     * @param options the theme and template overrides
     * @throws IllegalArgumentException if the theme does not exist or the template directory is not a folder
     * @throws TemplateException if a template is missing or broken
     */
    public void prepare(RenderOptions options) {
        templates(Objects.requireNonNull(options, "options"));
    }

    private TemplateSet templates(RenderOptions options) {
        TemplateSet.Key key = new TemplateSet.Key(options.theme(),
                options.templateDirectory().map(p -> p.toAbsolutePath().normalize()),
                options.templateClasspathPrefix().map(HtmlRenderer::prefix));
        TemplateSet set = templates.get(key);
        return set != null ? set : templates.computeIfAbsent(key, k -> TemplateSet.compile(k, builtInPartials));
    }

    private static String prefix(String prefix) {
        String trimmed = prefix.strip();
        while (trimmed.startsWith("/")) {
            trimmed = trimmed.substring(1);
        }
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        if (trimmed.isEmpty() || trimmed.contains("..")) {
            throw new IllegalArgumentException("a template classpath prefix is a folder such as com/example/templates, was \""
                    + prefix + "\"");
        }
        return trimmed;
    }

    @Override
    public String toString() {
        return "HtmlRenderer" + templates.keySet().stream().map(TemplateSet.Key::theme).distinct().sorted().toList();
    }

    /** For tests: how many template sets this renderer has compiled. */
    int compiledTemplateSets() {
        return templates.size();
    }
}
