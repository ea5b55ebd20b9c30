package io.github.broadsheet.parse;

import java.util.Objects;

/**
 * Something a parser noticed but did not fail on: input it dropped, a value it guessed, a field it
 * ignored. Diagnostics travel with the parsed article in a {@link ParseResult}, so nothing the
 * input held disappears without a word.
 *
 * @param severity how much it matters
 * @param location where in the input it is
 * @param message one sentence a person understands, such as {@code dropped chrome line "print close"}
 */
public record Diagnostic(Severity severity, Location location, String message) {

    /** How much a diagnostic matters. */
    public enum Severity {
        /** A note on how the input was read, for example a guessed heading. */
        INFO,
        /** Input that was dropped or could not be read as meant, for example an unreadable date. */
        WARNING;

        /** {@return the lower-case name, as printed in front of a message} */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Checks that every part is present and the message is one line. */
    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
        if (message.indexOf('\n') >= 0 || message.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("a diagnostic message is one line: " + message);
        }
    }

    /** {@return a warning} @param location where @param message what happened */
    public static Diagnostic warning(Location location, String message) {
        return new Diagnostic(Severity.WARNING, location, message);
    }

    /** {@return a note} @param location where @param message what happened */
    public static Diagnostic info(Location location, String message) {
        return new Diagnostic(Severity.INFO, location, message);
    }

    /** {@return {@code source:line:column: severity: message}} */
    @Override
    public String toString() {
        return location + ": " + severity.label() + ": " + message;
    }
}
