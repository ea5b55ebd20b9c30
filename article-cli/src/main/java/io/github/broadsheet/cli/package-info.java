/**
 * The {@code broadsheet} command line, on picocli: {@link io.github.broadsheet.cli.Main} and its
 * {@code convert} and {@code formats} commands. It knows no format by name: every input and output
 * format comes from the parser and renderer registries, so a format added through
 * {@link java.util.ServiceLoader} is listed and converted with no change here.
 */
package io.github.broadsheet.cli;
