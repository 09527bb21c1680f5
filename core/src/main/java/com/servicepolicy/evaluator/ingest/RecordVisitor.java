package com.servicepolicy.evaluator.ingest;

import java.util.List;

/**
 * Receives the records of one input in order, as the format scanners find them; implemented by
 * the event and customer readers, which do the counting and the conversion. Blank lines never
 * reach it.
 */
interface RecordVisitor {
    /** A non-blank JSON Lines line, known to be valid UTF-8 ({@code buf[off, off+len)}). */
    void jsonLine(byte[] buf, int off, int len, long line);

    /** The CSV header row, before any {@link #csvRow}. */
    void csvHeader(List<String> columns) throws InputFileException;

    /** A CSV data row starting at {@code line}, with no more cells than the header. */
    void csvRow(List<String> cells, long line);

    /** A record that is unusable as a whole (bad UTF-8, too many cells, broken quoting...). */
    void badRecord(long line, String reason);
}
