package com.servicepolicy.evaluator.ingest;

import java.io.InputStream;
import java.util.List;

/**
 * Splits an RFC 4180 CSV stream into its header and non-blank rows, for whatever reads its records.
 * Rows with more cells than the header are unusable (the cells cannot be matched to columns); rows
 * with fewer are fine, the missing trailing cells being absent like empty ones. {@link CsvChunks}
 * does the same on worker threads, a chunk of rows at a time.
 */
public final class CsvTable {
    /** Receives the rows of a stream (or of a part of it), in order. */
    public interface Rows {
        /** A data row starting at {@code line}, with no more cells than the header. */
        void row(List<String> cells, long line);

        /** A row that cannot be a record (bad UTF-8, too many cells, broken quoting). */
        void unusable(long line, String reason);
    }

    /** Receives the header, then the rows of one stream, in order. */
    public interface Handler extends Rows {
        void header(List<String> columns) throws InputFileException;
    }

    private CsvTable() {
    }

    public static void scan(InputStream in, String source, Handler handler) throws InputFileException {
        try (CsvRows rows = new CsvRows(in, source)) {
            List<String> header = header(rows, source);
            if (header == null) {
                return; // empty file: no records
            }
            handler.header(header);
            feed(rows, header.size(), handler);
        }
    }

    /** The first non-blank row, or null if there is none; fails if it is unusable. */
    static List<String> header(CsvRows rows, String source) throws InputFileException {
        CsvRows.Row header = rows.next();
        while (header != null && header.isBlank()) {
            header = rows.next();
        }
        if (header == null) {
            return null;
        }
        if (header.problem() != null) {
            throw new InputFileException("cannot read " + source + ": the header row on line "
                    + header.line() + " is unusable: " + header.problem());
        }
        return header.cells();
    }

    /** Hands every remaining row to {@code handler}, blank rows skipped, rows wider than the header unusable. */
    static void feed(CsvRows rows, int columns, Rows handler) throws InputFileException {
        for (CsvRows.Row row = rows.next(); row != null; row = rows.next()) {
            if (row.problem() != null) {
                handler.unusable(row.line(), row.problem());
            } else if (row.isBlank()) {
                continue;
            } else if (row.cells().size() > columns) {
                handler.unusable(row.line(), row.cells().size() + " cells but the header has " + columns + " columns");
            } else {
                handler.row(row.cells(), row.line());
            }
        }
    }
}
