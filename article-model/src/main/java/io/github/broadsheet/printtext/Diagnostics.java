package io.github.broadsheet.printtext;

import io.github.broadsheet.parse.Diagnostic;
import io.github.broadsheet.parse.Location;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the diagnostics of one parse, up to {@link PrintTextParser#MAX_DIAGNOSTICS}. */
final class Diagnostics {

    /** Input order: by line, then by column; diagnostics at the same place keep the order they were added in. */
    private static final Comparator<Diagnostic> INPUT_ORDER = Comparator
            .comparingInt((Diagnostic d) -> d.location().line())
            .thenComparingInt(d -> d.location().column());

    private final String source;
    private final List<Diagnostic> list = new ArrayList<>();
    private int omitted;
    private Location firstOmitted;

    Diagnostics(String source) {
        this.source = source;
    }

    void info(int line, int column, String message) {
        add(Diagnostic.Severity.INFO, line, column, message);
    }

    void warning(int line, int column, String message) {
        add(Diagnostic.Severity.WARNING, line, column, message);
    }

    private void add(Diagnostic.Severity severity, int line, int column, String message) {
        Location location = new Location(source, line, column);
        if (list.size() < PrintTextParser.MAX_DIAGNOSTICS) {
            list.add(new Diagnostic(severity, location, message));
        } else {
            if (omitted == 0) {
                firstOmitted = location;
            }
            omitted++;
        }
    }

    /** {@return the diagnostics in input order, with a last one counting those left out; immutable} */
    List<Diagnostic> toList() {
        list.sort(INPUT_ORDER);
        if (omitted > 0) {
            list.add(Diagnostic.warning(firstOmitted, omitted + " more diagnostics left out; the limit is "
                    + PrintTextParser.MAX_DIAGNOSTICS));
        }
        return List.copyOf(list);
    }
}
