package io.github.broadsheet.render;

import java.util.List;

/**
 * What a rendering reports besides its output.
 *
 * @param warnings what was left out or changed, in article order; empty when nothing was
 */
public record RenderResult(List<RenderWarning> warnings) {

    private static final RenderResult CLEAN = new RenderResult(List.of());

    /** Copies the warnings. */
    public RenderResult {
        warnings = List.copyOf(warnings);
    }

    /** {@return a result without warnings} */
    public static RenderResult clean() {
        return CLEAN;
    }
}
