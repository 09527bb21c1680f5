package com.servicepolicy.evaluator.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Violations as CSV for spreadsheets, the one writer of every door that exports them ({@code evaluate --format csv},
 * the night's {@code violations.csv}): RFC 4180 (CRLF line ends, a cell quoted only when it holds a comma, a quote
 * or a line break, quotes doubled), a null cell is empty, and a cell that starts with {@code = + - @}, a tab or a
 * carriage return gets a leading apostrophe so that no spreadsheet runs it as a formula (OWASP's CSV injection
 * advice lists all six: a spreadsheet drops a leading tab or carriage return and reads the formula after it). The action codes
 * of one violation share a cell, separated by {@link #ACTION_SEPARATOR}.
 */
public final class SafeCsv {
    /** Between the action codes of one violation: codes never hold a space, and a space needs no quoting. */
    public static final String ACTION_SEPARATOR = " ";
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final Writer out;
    private final int columns;

    /** Writes the header row. */
    public SafeCsv(Writer out, List<String> header) throws IOException {
        this.out = out;
        this.columns = header.size();
        row(header.toArray());
    }

    /** One row; each cell is written with {@link String#valueOf}, a null as an empty cell. */
    public void row(Object... cells) throws IOException {
        if (cells.length != columns) {
            throw new IllegalArgumentException(cells.length + " cells for " + columns + " columns");
        }
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells[i]));
        }
        out.write("\r\n");
    }

    public static String actions(List<String> codes) {
        return String.join(ACTION_SEPARATOR, codes);
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = String.valueOf(value);
        String safe = !s.isEmpty() && FORMULA_STARTS.indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
