package io.github.broadsheet.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table: columns padded to their widest cell, no trailing spaces. Not thread-safe. */
final class Table {

    private static final String GAP = "  ";

    private final List<List<String>> rows = new ArrayList<>();
    private final int columns;

    /** Starts a table. @param headers the column headings */
    Table(String... headers) {
        this.columns = headers.length;
        rows.add(List.of(headers));
    }

    /** {@return this table} @param cells one cell per column */
    Table row(String... cells) {
        if (cells.length != columns) {
            throw new IllegalArgumentException("expected " + columns + " cells, got " + cells.length);
        }
        rows.add(List.of(cells));
        return this;
    }

    /** {@return whether the table has rows besides its headings} */
    boolean isEmpty() {
        return rows.size() == 1;
    }

    /** Prints the table, each line starting with an indent. @param out where @param indent the indent */
    void print(PrintWriter out, String indent) {
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder(indent);
            for (int i = 0; i < columns; i++) {
                String cell = row.get(i);
                line.append(cell);
                if (i < columns - 1) {
                    line.append(" ".repeat(widths[i] - cell.length())).append(GAP);
                }
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
