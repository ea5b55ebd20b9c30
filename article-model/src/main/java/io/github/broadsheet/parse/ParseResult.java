package io.github.broadsheet.parse;

import io.github.broadsheet.model.Article;
import java.util.List;
import java.util.Objects;

/**
 * What a parser read: the article and what it noticed on the way.
 *
 * @param article the article
 * @param diagnostics what was dropped, guessed or ignored, in input order; empty when nothing was
 */
public record ParseResult(Article article, List<Diagnostic> diagnostics) {

    /** Checks and copies the components. */
    public ParseResult {
        Objects.requireNonNull(article, "article");
        diagnostics = List.copyOf(diagnostics);
    }

    /** {@return whether any diagnostic is a warning} */
    public boolean hasWarnings() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.WARNING);
    }
}
