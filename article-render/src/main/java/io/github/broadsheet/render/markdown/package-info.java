/**
 * The Markdown renderer: {@link io.github.broadsheet.render.markdown.MarkdownRenderer} writes an
 * article as CommonMark with YAML front matter.
 */
package io.github.broadsheet.render.markdown;
