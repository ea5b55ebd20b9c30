/**
 * The article model: an {@link io.github.broadsheet.model.Article} holds metadata and a body of
 * {@link io.github.broadsheet.model.Block}s, whose text is {@link io.github.broadsheet.model.Inline}
 * content. Every type is an immutable record or a sealed interface over records; constructors
 * validate, so an invalid article cannot be built; no method returns {@code null}.
 */
package io.github.broadsheet.model;
