package io.github.broadsheet.parse;

/**
 * Settings every parser receives from the {@link ParserRegistry}. Each format reads the ones that
 * concern it and ignores the rest. Immutable; build with {@link #builder()}.
 *
 * @param dayFirst whether numeric dates such as {@code 4/12/2022} are day-first (12 April is
 *     {@code 12/4/2022}); defaults to {@code false}, month-first, as US news sites write them
 * @param strict whether input the format does not define, such as an unknown JSON field, is an
 *     error; defaults to {@code true}. When {@code false} such input is left out of the article and
 *     reported as a warning diagnostic instead
 * @param maxInputBytes the largest input, in bytes, a parser accepts before it fails with a clear
 *     error instead of exhausting memory; defaults to {@value #DEFAULT_MAX_INPUT_BYTES} (64 MiB)
 */
public record ParseOptions(boolean dayFirst, boolean strict, long maxInputBytes) {

    /** The default for {@link #maxInputBytes()}: 64 MiB, far beyond any article, even with images inline. */
    public static final long DEFAULT_MAX_INPUT_BYTES = 64L * 1024 * 1024;

    private static final ParseOptions DEFAULTS = new ParseOptions(false, true, DEFAULT_MAX_INPUT_BYTES);

    /** Checks that the size limit is positive. */
    public ParseOptions {
        if (maxInputBytes < 1) {
            throw new IllegalArgumentException("maxInputBytes must be positive, was " + maxInputBytes);
        }
    }

    /** {@return the defaults: month-first dates, strict, 64 MiB} */
    public static ParseOptions defaults() {
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

    /** Builds {@link ParseOptions}. Not thread-safe. */
    public static final class Builder {
        private boolean dayFirst;
        private boolean strict;
        private long maxInputBytes;

        private Builder(ParseOptions from) {
            dayFirst = from.dayFirst;
            strict = from.strict;
            maxInputBytes = from.maxInputBytes;
        }

        /** {@return this builder} @param dayFirst whether numeric dates are day-first; default {@code false} */
        public Builder dayFirst(boolean dayFirst) {
            this.dayFirst = dayFirst;
            return this;
        }

        /** {@return this builder} @param strict whether undefined input is an error; default {@code true} */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /** {@return this builder} @param maxInputBytes the input size limit; default 64 MiB */
        public Builder maxInputBytes(long maxInputBytes) {
            this.maxInputBytes = maxInputBytes;
            return this;
        }

        /** {@return the options} @throws IllegalArgumentException if the size limit is not positive */
        public ParseOptions build() {
            return new ParseOptions(dayFirst, strict, maxInputBytes);
        }
    }
}
