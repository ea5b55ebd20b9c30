package io.github.broadsheet.benchmarks;

import java.nio.charset.StandardCharsets;

/**
 * Prints the input size of each benchmark size as JSON, for {@code benchmarks/run}'s MB/s column:
 * {@code {"1": {"printText": 883, "json": 1744}, …}}.
 */
public final class Sizes {

    private Sizes() {}

    /**
     * Prints the sizes.
     *
     * @param args the sizes, such as {@code 1 10 100 seed}
     */
    public static void main(String[] args) {
        StringBuilder out = new StringBuilder("{");
        for (String size : args) {
            Sample sample = Sample.of(size);
            if (out.length() > 1) {
                out.append(", ");
            }
            out.append('"').append(size).append("\": {\"printText\": ").append(sample.printTextBytes())
                    .append(", \"json\": ").append(sample.json().getBytes(StandardCharsets.UTF_8).length)
                    .append(", \"blocks\": ").append(sample.article().body().size()).append('}');
        }
        System.out.println(out.append('}'));
    }
}
