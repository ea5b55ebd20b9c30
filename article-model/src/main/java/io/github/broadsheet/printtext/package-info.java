/**
 * The print-view text format: articles saved as text from news sites' print pages, read by
 * {@link io.github.broadsheet.printtext.PrintTextParser} and registered as {@code print-text} (for
 * {@code .txt} files) by {@link io.github.broadsheet.printtext.PrintTextParserProvider}.
 */
package io.github.broadsheet.printtext;
