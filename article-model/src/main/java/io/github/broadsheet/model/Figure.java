package io.github.broadsheet.model;

import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * A figure: an image with its alt text, caption and credit. Every part is optional, but a figure
 * has at least one. Print views often keep only the credit ({@code Photo: NAME}) of a picture they
 * left out; such a credit-only figure is rendered as a credit line.
 *
 * @param src where the image is (a URL, a relative path or a {@code data:} URI), kept as written
 * @param alt a text alternative describing the image
 * @param caption the caption shown under the image
 * @param credit who made the image, without a {@code Photo:} label (renderers add their own)
 */
public record Figure(Optional<String> src, Optional<String> alt, Optional<String> caption, Optional<String> credit)
        implements Block {

    /** Checks that no part is blank and that at least one part is present. */
    public Figure {
        Checks.optionalNotBlank(src, "figure src");
        Checks.optionalNotBlank(alt, "figure alt");
        Checks.optionalNotBlank(caption, "figure caption");
        Checks.optionalNotBlank(credit, "figure credit");
        if (src.isEmpty() && alt.isEmpty() && caption.isEmpty() && credit.isEmpty()) {
            throw new IllegalArgumentException("figure needs at least one of src, alt, caption or credit");
        }
    }

    /** {@return a figure that only names who made the image} @param credit the credit, not blank */
    public static Figure ofCredit(String credit) {
        return builder().credit(credit).build();
    }

    /** {@return a new builder with every part empty} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this figure's parts} */
    public Builder toBuilder() {
        return new Builder().src(src.orElse(null)).alt(alt.orElse(null))
                .caption(caption.orElse(null)).credit(credit.orElse(null));
    }

    @Override
    public String plainText() {
        StringJoiner text = new StringJoiner(" ");
        caption.ifPresent(text::add);
        credit.ifPresent(text::add);
        return text.toString();
    }

    /** Builds a {@link Figure}; a {@code null} part means the part is absent. Not thread-safe. */
    public static final class Builder {
        private String src;
        private String alt;
        private String caption;
        private String credit;

        private Builder() {}

        /** {@return this builder} @param src the image location, or {@code null} for none */
        public Builder src(String src) {
            this.src = src;
            return this;
        }

        /** {@return this builder} @param alt the text alternative, or {@code null} for none */
        public Builder alt(String alt) {
            this.alt = alt;
            return this;
        }

        /** {@return this builder} @param caption the caption, or {@code null} for none */
        public Builder caption(String caption) {
            this.caption = caption;
            return this;
        }

        /** {@return this builder} @param credit the credit, or {@code null} for none */
        public Builder credit(String credit) {
            this.credit = credit;
            return this;
        }

        /**
         * {@return the figure}
         *
         * @throws IllegalArgumentException if every part is absent or a part is blank
         */
        public Figure build() {
            return new Figure(Optional.ofNullable(src), Optional.ofNullable(alt),
                    Optional.ofNullable(caption), Optional.ofNullable(credit));
        }

        @Override
        public String toString() {
            return "Figure.Builder[src=" + Objects.toString(src) + ", credit=" + Objects.toString(credit) + "]";
        }
    }
}
