package io.github.broadsheet.render;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings for one rendering. Immutable; build with {@link #builder()}. Each renderer reads the
 * settings that concern it and ignores the rest.
 *
 * @param locale the locale for labels and dates; when empty, the article's language is used, and
 *     English when the article has none
 */
public record RenderOptions(Optional<Locale> locale) {

    private static final RenderOptions DEFAULTS = new RenderOptions(Optional.empty());

    /** Checks that every part is present. */
    public RenderOptions {
        Objects.requireNonNull(locale, "locale");
    }

    /** {@return the defaults: labels and dates in the article's language} */
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
        private Locale locale;

        private Builder(RenderOptions from) {
            this.locale = from.locale.orElse(null);
        }

        /** {@return this builder} @param locale the locale for labels and dates, or {@code null} for the article's */
        public Builder locale(Locale locale) {
            this.locale = locale;
            return this;
        }

        /** {@return the options} */
        public RenderOptions build() {
            return new RenderOptions(Optional.ofNullable(locale));
        }
    }
}
