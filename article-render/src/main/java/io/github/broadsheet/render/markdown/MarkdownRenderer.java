package io.github.broadsheet.render.markdown;

import io.github.broadsheet.model.Article;
import io.github.broadsheet.render.Labels;
import io.github.broadsheet.render.OutputFormat;
import io.github.broadsheet.render.RenderOptions;
import io.github.broadsheet.render.RenderResult;
import io.github.broadsheet.render.TextRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes an article as CommonMark, format name {@code markdown}: YAML front matter with the
 * metadata, then the title as a {@code #} heading with the subtitle and a source, byline and date
 * line under it, then the body.
 *
 * <p>What a CommonMark reader parses back is the article: every character of text survives, because
 * whatever would read as syntax is escaped ({@code *}, {@code _}, {@code [}, {@code <}, a {@code #} or
 * {@code 1.} starting a line, and so on), whitespace a reader would strip is written as a character
 * reference, and link targets with spaces or parentheses go between {@code <} and {@code >}.
 * Body headings are one level deeper than in the article, under the title; levels 5 and 6 both
 * become level 6. A hard line break is a backslash at the end of the line. Only where CommonMark
 * has no syntax for something does the output use inline HTML: a line break inside a heading or at
 * the end of a block ({@code <br>}), and emphasis whose delimiters CommonMark would not recognise
 * there, as in {@code a<em>(b)</em>} ({@code <em>}, {@code <strong>}).
 *
 * <p>Immutable and thread-safe: build one and share it.
 * {@snippet :
 * // for a site generator whose layout shows the title and byline from the front matter
 * MarkdownRenderer renderer = MarkdownRenderer.builder().header(false).build();
 * String markdown = renderer.renderToString(article);
 * }
 */
public final class MarkdownRenderer implements TextRenderer {

    private static final OutputFormat FORMAT = OutputFormat.text("markdown", "text/markdown", "md");

    private final boolean frontMatter;
    private final boolean header;

    /** Creates a renderer with front matter and header; {@link java.util.ServiceLoader} calls this. */
    public MarkdownRenderer() {
        this(builder());
    }

    private MarkdownRenderer(Builder builder) {
        this.frontMatter = builder.frontMatter;
        this.header = builder.header;
    }

    /** {@return a builder starting from the defaults: front matter and header both written} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return whether the metadata is written as YAML front matter} */
    public boolean frontMatter() {
        return frontMatter;
    }

    /** {@return whether the title, subtitle and source line are written before the body} */
    public boolean header() {
        return header;
    }

    @Override
    public OutputFormat format() {
        return FORMAT;
    }

    /**
     * Writes the article as Markdown. Labels (the photo credit, byline and date) are in the
     * options' locale, else the article's language.
     *
     * @return warnings for what Markdown cannot carry: U+0000 (written as U+FFFD), a link inside a
     *     link (its target is left out), a block of nothing but line breaks
     */
    @Override
    public RenderResult render(Article article, RenderOptions options, Writer out) {
        MarkdownWriter writer = new MarkdownWriter(Labels.forArticle(article, options));
        String markdown = writer.write(article, frontMatter, header);
        try {
            out.write(markdown);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Markdown of \"" + article.title() + "\"", e);
        }
        return new RenderResult(writer.warnings());
    }

    @Override
    public String toString() {
        return "MarkdownRenderer[frontMatter=" + frontMatter + ", header=" + header + "]";
    }

    /** Builds a {@link MarkdownRenderer}. Not thread-safe; the renderers it builds are. */
    public static final class Builder {
        private boolean frontMatter = true;
        private boolean header = true;

        private Builder() {}

        /**
         * {@return this builder}
         *
         * @param frontMatter whether to write the metadata as YAML front matter between {@code ---}
         *     lines, as static site generators and note apps read it; defaults to {@code true}. Turn it
         *     off for a reader that knows only CommonMark, which would show it as a rule and a heading.
         */
        public Builder frontMatter(boolean frontMatter) {
            this.frontMatter = frontMatter;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param header whether to write the title as a {@code #} heading, the subtitle, and a line
         *     with the source, byline and date before the body; defaults to {@code true}, so that a
         *     reader that ignores front matter still shows them. Turn it off for a site generator
         *     whose layout shows them from the front matter. Body headings stay one level deeper either way.
         */
        public Builder header(boolean header) {
            this.header = header;
            return this;
        }

        /** {@return a renderer with these settings} */
        public MarkdownRenderer build() {
            return new MarkdownRenderer(this);
        }
    }
}
