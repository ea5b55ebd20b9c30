/**
 * Reading articles: the {@link io.github.broadsheet.parse.ArticleParser} interface, the
 * {@link io.github.broadsheet.parse.ParserProvider} service through which formats register, the
 * {@link io.github.broadsheet.parse.ParserRegistry} that finds them, and the diagnostics and
 * exception that say what happened to the input.
 */
package io.github.broadsheet.parse;
