package com.servicepolicy.evaluator.ingest;

import java.io.InputStream;

/**
 * Feeds a CSV stream to a {@link RecordVisitor}: the header first, then each non-blank row. Rows
 * with more cells than the header are unusable (the cells cannot be matched to columns); rows
 * with fewer are fine, the missing trailing cells being absent like empty ones.
 */
final class CsvScanner {
    private CsvScanner() {
    }

    static void scan(InputStream in, String source, RecordVisitor visitor) throws InputFileException {
        try (CsvRows rows = new CsvRows(in, source)) {
            CsvRows.Row header = rows.next();
            while (header != null && header.isBlank()) {
                header = rows.next();
            }
            if (header == null) {
                return; // empty file: no records
            }
            if (header.problem() != null) {
                throw new InputFileException("cannot read " + source + ": the header row on line "
                        + header.line() + " is unusable: " + header.problem());
            }
            visitor.csvHeader(header.cells());
            int columns = header.cells().size();
            for (CsvRows.Row row = rows.next(); row != null; row = rows.next()) {
                if (row.problem() != null) {
                    visitor.badRecord(row.line(), row.problem());
                } else if (row.isBlank()) {
                    continue;
                } else if (row.cells().size() > columns) {
                    visitor.badRecord(row.line(), row.cells().size() + " cells but the header has " + columns + " columns");
                } else {
                    visitor.csvRow(row.cells(), row.line());
                }
            }
        }
    }
}
