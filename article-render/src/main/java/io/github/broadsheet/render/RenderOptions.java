package io.github.broadsheet.render;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Settings for one rendering. Immutable; build with {@link #builder()}. Each renderer reads the
 * settings that concern it and ignores the rest, so one set of options serves every format of a
 * {@code convert --to html,markdown,text} run.
 *
 * @param theme the HTML theme: {@value #ARTICLE_THEME} (a responsive web page, the default) or
 *     {@value #PRINT_THEME} (the print view with print and close controls), or a theme a user ships
 * @param locale the locale of labels and dates; when empty, the article's language, and English
 *     when the article has none
 * @param templateDirectory a folder whose templates replace the theme's templates of the same name,
 *     one by one; when empty, only the built-in (and classpath) templates are used
 * @param templateClasspathPrefix a classpath folder, such as {@code com/example/templates}, whose
 *     templates replace the theme's of the same name; looked up after {@code templateDirectory}
 * @param baseUrl the address relative links and image sources are resolved against; when empty
 *     they are kept relative
 * @param structuredData whether HTML carries schema.org JSON-LD and Open Graph metadata; defaults to
 *     {@code true}
 * @param textWidth the column at which the text renderer wraps lines; defaults to
 *     {@value #DEFAULT_TEXT_WIDTH}, within {@value #MIN_TEXT_WIDTH}–{@value #MAX_TEXT_WIDTH}
 */
public record RenderOptions(
        String theme,
        Optional<Locale> locale,
        Optional<Path> templateDirectory,
        Optional<String> templateClasspathPrefix,
        Optional<URI> baseUrl,
        boolean structuredData,
        int textWidth) {

    /** The web page theme, the default. */
    public static final String ARTICLE_THEME = "article";
    /** The print view theme. */
    public static final String PRINT_THEME = "print";
    /** The default wrap column of plain text: {@value}, a comfortable line in a terminal or e-mail. */
    public static final int DEFAULT_TEXT_WIDTH = 72;
    /** The narrowest wrap column: {@value}. */
    public static final int MIN_TEXT_WIDTH = 20;
    /** The widest wrap column: {@value}. */
    public static final int MAX_TEXT_WIDTH = 1000;

    private static final Pattern THEME = Pattern.compile("[a-z0-9][a-z0-9_-]*");

    private static final RenderOptions DEFAULTS = new RenderOptions(ARTICLE_THEME, Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), true, DEFAULT_TEXT_WIDTH);

    /** Checks every part. */
    public RenderOptions {
        Objects.requireNonNull(theme, "theme");
        if (!THEME.matcher(theme).matches()) {
            throw new IllegalArgumentException("a theme name is a lower-case word such as \"print\", was \"" + theme + "\"");
        }
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(templateDirectory, "templateDirectory");
        Objects.requireNonNull(templateClasspathPrefix, "templateClasspathPrefix");
        Objects.requireNonNull(baseUrl, "baseUrl");
        baseUrl.ifPresent(u -> {
            if (!u.isAbsolute()) {
                throw new IllegalArgumentException("the base URL must be absolute, was \"" + u + "\"");
            }
        });
        if (textWidth < MIN_TEXT_WIDTH || textWidth > MAX_TEXT_WIDTH) {
            throw new IllegalArgumentException("the text width must be from " + MIN_TEXT_WIDTH + " to "
                    + MAX_TEXT_WIDTH + ", was " + textWidth);
        }
    }

    /** {@return the defaults: the article theme, the article's language, structured data, 72 columns} */
    public static RenderOptions defaults() {
        return DEFAULTS;
    }

    /** {@return a builder starting from the defaults} */
    public static Builder builder() {
        return new Builder(DEFAULTS);
    }

    /** {@return a builder starting from these options} */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds {@link RenderOptions}. Not thread-safe. */
    public static final class Builder {
        private String theme;
        private Locale locale;
        private Path templateDirectory;
        private String templateClasspathPrefix;
        private URI baseUrl;
        private boolean structuredData;
        private int textWidth;

        private Builder(RenderOptions from) {
            this.theme = from.theme;
            this.locale = from.locale.orElse(null);
            this.templateDirectory = from.templateDirectory.orElse(null);
            this.templateClasspathPrefix = from.templateClasspathPrefix.orElse(null);
            this.baseUrl = from.baseUrl.orElse(null);
            this.structuredData = from.structuredData;
            this.textWidth = from.textWidth;
        }

        /** {@return this builder} @param theme the HTML theme; default {@value RenderOptions#ARTICLE_THEME} */
        public Builder theme(String theme) {
            this.theme = theme;
            return this;
        }

        /** {@return this builder} @param locale the locale of labels and dates, or {@code null} for the article's */
        public Builder locale(Locale locale) {
            this.locale = locale;
            return this;
        }

        /** {@return this builder} @param directory a folder of replacement templates, or {@code null} for none */
        public Builder templateDirectory(Path directory) {
            this.templateDirectory = directory;
            return this;
        }

        /** {@return this builder} @param prefix a classpath folder of replacement templates, or {@code null} */
        public Builder templateClasspathPrefix(String prefix) {
            this.templateClasspathPrefix = prefix;
            return this;
        }

        /** {@return this builder} @param baseUrl an absolute base for relative links, or {@code null} */
        public Builder baseUrl(URI baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        /** {@return this builder} @param structuredData whether to add JSON-LD and Open Graph; default {@code true} */
        public Builder structuredData(boolean structuredData) {
            this.structuredData = structuredData;
            return this;
        }

        /** {@return this builder} @param textWidth the plain-text wrap column; default {@value RenderOptions#DEFAULT_TEXT_WIDTH} */
        public Builder textWidth(int textWidth) {
            this.textWidth = textWidth;
            return this;
        }

        /** {@return the options} @throws IllegalArgumentException if a part is out of range */
        public RenderOptions build() {
            return new RenderOptions(theme, Optional.ofNullable(locale), Optional.ofNullable(templateDirectory),
                    Optional.ofNullable(templateClasspathPrefix), Optional.ofNullable(baseUrl), structuredData,
                    textWidth);
        }
    }
}
