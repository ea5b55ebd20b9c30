/**
 * The plain-text renderer: {@link io.github.broadsheet.render.text.PlainTextRenderer} writes an
 * article as text wrapped to a width, CJK-aware.
 */
package io.github.broadsheet.render.text;
