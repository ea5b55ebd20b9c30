package io.github.broadsheet.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A news article: its metadata and a body of blocks. Immutable and thread-safe; every instance
 * is valid, because the constructor rejects what is not.
 *
 * <p>Build one with {@link #builder()}:
 * {@snippet :
 * Article article = Article.builder()
 *         .title("Harbour ferries return after the storm")
 *         .source("The Coastal Courier")
 *         .author("Mara Lindqvist")
 *         .published(LocalDate.of(2026, 3, 14))
 *         .paragraph("The first boat left the north pier at six.")
 *         .build();
 * }
 *
 * @param title the headline; not blank
 * @param subtitle the standfirst or dek under the headline
 * @param source the publisher or site the article comes from
 * @param authors the bylines, in order; empty when there is none
 * @param published when the article was published, at the precision the source gave
 * @param language the article's language, as a BCP 47 tag such as {@code en} or {@code zh-Hans}; kept as
 *     the locale its tag reads back as (see {@link #parseLanguageTag(String)})
 * @param url where the article was published, kept as written
 * @param section the section of the publication, such as {@code Business}
 * @param tags keywords, in order
 * @param body the blocks of the article, in reading order; may be empty
 */
public record Article(
        String title,
        Optional<String> subtitle,
        Optional<String> source,
        List<String> authors,
        Optional<PublicationDate> published,
        Optional<Locale> language,
        Optional<String> url,
        Optional<String> section,
        List<String> tags,
        List<Block> body) {

    /** Checks every component and copies the lists. */
    public Article {
        Checks.notBlank(title, "title");
        Checks.optionalNotBlank(subtitle, "subtitle");
        Checks.optionalNotBlank(source, "source");
        authors = Checks.copyNotBlank(authors, "authors");
        Objects.requireNonNull(published, "published");
        language = Objects.requireNonNull(language, "language").map(Article::readableLanguage);
        Checks.optionalNotBlank(url, "url");
        Checks.optionalNotBlank(section, "section");
        tags = Checks.copyNotBlank(tags, "tags");
        body = Checks.copy(body, "body");
    }

    /** {@return a new builder; its title must be set before {@link Builder#build()}} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this article's parts, to build a changed copy} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.title = title;
        b.subtitle = subtitle.orElse(null);
        b.source = source.orElse(null);
        b.authors.addAll(authors);
        b.published = published.orElse(null);
        b.language = language.orElse(null);
        b.url = url.orElse(null);
        b.section = section.orElse(null);
        b.tags.addAll(tags);
        b.body.addAll(body);
        return b;
    }

    /** {@return a copy with another title} @param title the new title, not blank */
    public Article withTitle(String title) {
        return new Article(title, subtitle, source, authors, published, language, url, section, tags, body);
    }

    /** {@return a copy with another body} @param body the new body */
    public Article withBody(List<? extends Block> body) {
        return new Article(title, subtitle, source, authors, published, language, url, section, tags,
                Checks.copy(body, "body"));
    }

    /** {@return a copy with another language, or none} @param language the language, or empty */
    public Article withLanguage(Optional<Locale> language) {
        return new Article(title, subtitle, source, authors, published, language, url, section, tags, body);
    }

    /** {@return a copy with another publication date, or none} @param published the date, or empty */
    public Article withPublished(Optional<PublicationDate> published) {
        return new Article(title, subtitle, source, authors, published, language, url, section, tags, body);
    }

    /**
     * Builds an {@link Article}. Setting a part to {@code null} clears it; list parts are added to
     * one at a time or replaced whole. Not thread-safe; {@link #build()} may be called many times.
     */
    public static final class Builder {
        private String title;
        private String subtitle;
        private String source;
        private final List<String> authors = new ArrayList<>();
        private PublicationDate published;
        private Locale language;
        private String url;
        private String section;
        private final List<String> tags = new ArrayList<>();
        private final List<Block> body = new ArrayList<>();

        private Builder() {}

        /** {@return this builder} @param title the headline, not blank */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /** {@return this builder} @param subtitle the standfirst, or {@code null} for none */
        public Builder subtitle(String subtitle) {
            this.subtitle = subtitle;
            return this;
        }

        /** {@return this builder} @param source the publisher or site, or {@code null} for none */
        public Builder source(String source) {
            this.source = source;
            return this;
        }

        /** {@return this builder} @param author a byline to add after the others */
        public Builder author(String author) {
            authors.add(Objects.requireNonNull(author, "author"));
            return this;
        }

        /** {@return this builder} @param authors the bylines, replacing any added before */
        public Builder authors(List<String> authors) {
            this.authors.clear();
            this.authors.addAll(Checks.copy(authors, "authors"));
            return this;
        }

        /** {@return this builder} @param published when it was published, or {@code null} for unknown */
        public Builder published(PublicationDate published) {
            this.published = published;
            return this;
        }

        /** {@return this builder} @param date the day it was published, without a time */
        public Builder published(LocalDate date) {
            this.published = PublicationDate.of(Objects.requireNonNull(date, "date"));
            return this;
        }

        /** {@return this builder} @param language the language, or {@code null} for unknown */
        public Builder language(Locale language) {
            this.language = language;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param languageTag a well-formed BCP 47 tag such as {@code en-GB}
         * @throws IllegalArgumentException if the tag is not well-formed
         */
        public Builder language(String languageTag) {
            this.language = parseLanguageTag(languageTag);
            return this;
        }

        /** {@return this builder} @param url where it was published, or {@code null} for unknown */
        public Builder url(String url) {
            this.url = url;
            return this;
        }

        /** {@return this builder} @param section the section, or {@code null} for none */
        public Builder section(String section) {
            this.section = section;
            return this;
        }

        /** {@return this builder} @param tag a keyword to add after the others */
        public Builder tag(String tag) {
            tags.add(Objects.requireNonNull(tag, "tag"));
            return this;
        }

        /** {@return this builder} @param tags the keywords, replacing any added before */
        public Builder tags(List<String> tags) {
            this.tags.clear();
            this.tags.addAll(Checks.copy(tags, "tags"));
            return this;
        }

        /** {@return this builder} @param block a block to add at the end of the body */
        public Builder add(Block block) {
            body.add(Objects.requireNonNull(block, "block"));
            return this;
        }

        /** {@return this builder} @param blocks the body, replacing any blocks added before */
        public Builder body(List<? extends Block> blocks) {
            body.clear();
            body.addAll(Checks.copy(blocks, "body"));
            return this;
        }

        /** {@return this builder} @param text a plain paragraph to add at the end of the body */
        public Builder paragraph(String text) {
            return add(Paragraph.of(text));
        }

        /**
         * {@return this builder}
         *
         * @param level the heading level, 1 to 6
         * @param text a plain heading to add at the end of the body
         */
        public Builder heading(int level, String text) {
            return add(Heading.of(level, text));
        }

        /**
         * {@return the article}
         *
         * @throws NullPointerException if no title was set
         * @throws IllegalArgumentException if a part is invalid, for example a blank title
         */
        public Article build() {
            return new Article(title, Optional.ofNullable(subtitle), Optional.ofNullable(source), authors,
                    Optional.ofNullable(published), Optional.ofNullable(language), Optional.ofNullable(url),
                    Optional.ofNullable(section), tags, body);
        }
    }

    /**
     * The locale that reading this locale's tag gives back, so that the JSON form keeps it exactly:
     * a locale without a language ({@code und}, {@code und-US}) is rejected, and one whose tag reads
     * back as another locale (the old {@code no_NO_NY} is {@code nn-NO}) is replaced by that one.
     */
    private static Locale readableLanguage(Locale locale) {
        String tag = locale.toLanguageTag();
        if (locale.getLanguage().isEmpty()) {
            throw new IllegalArgumentException("language must name a language, was undetermined (\"" + tag + "\")");
        }
        return parseLanguageTag(tag);
    }

    /**
     * Reads a BCP 47 language tag strictly.
     *
     * @param tag the tag, such as {@code en}, {@code pt-BR} or {@code zh-Hant-TW}
     * @return the locale the tag names
     * @throws IllegalArgumentException if the tag is not well-formed; the message quotes it
     */
    public static Locale parseLanguageTag(String tag) {
        Objects.requireNonNull(tag, "languageTag");
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            if (locale.getLanguage().isEmpty()) {
                throw new IllegalArgumentException("not a BCP 47 language tag: \"" + tag + "\"");
            }
            return locale;
        } catch (IllformedLocaleException e) {
            throw new IllegalArgumentException("not a BCP 47 language tag: \"" + tag + "\" (" + e.getMessage() + ")", e);
        }
    }
}
