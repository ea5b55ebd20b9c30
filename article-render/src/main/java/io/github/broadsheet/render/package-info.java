/**
 * Rendering articles: the {@link io.github.broadsheet.render.ArticleRenderer} service, the
 * {@link io.github.broadsheet.render.RendererRegistry} that finds renderers by format name, and
 * the built-in renderers.
 */
package io.github.broadsheet.render;
