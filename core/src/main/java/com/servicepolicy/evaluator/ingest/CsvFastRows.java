package com.servicepolicy.evaluator.ingest;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.util.Arrays;

/**
 * The rows of a part of a CSV ({@link CsvSplitter.Part}) read straight from its bytes, for the common case, as
 * {@link CsvRows} (Jackson) reads them: no Reader, no char buffer, and a String only for the cells a reader uses (the
 * others are handed out empty). Jackson stays the reference: at the first row with anything out of the ordinary — a
 * quote inside an unquoted cell, a character after a closing quote, a carriage return that does not end a line, a
 * blank line, bad UTF-8 — the rest of the part goes to {@link CsvRows}, so that line numbers, unusable rows and their
 * reasons are Jackson's (CsvChunksTest compares the two on random inputs).
 */
final class CsvFastRows {
    private final String source;
    private final int columns;
    private final boolean[] read; // null: every cell
    private final int[] unreadFrom; // [i]: how many cells from cell i on are not read (null when all are read)
    // [i]: where a row's array keeps cell i, -1 for a cell not read (null when all are read): a row holds the cells
    // read only (NYC 311's rows, 8 of 41, were a String[41] each, a tenth of what its import allocated)
    private final int[] places;
    private final int kept; // cells a row keeps
    private byte[] scratch = new byte[256]; // a quoted cell without its doubled quotes
    private byte[] b;
    private int end;
    private int pos;
    private long line;
    private boolean lastCellEmpty;
    private long rowClean; // bit per cell of the row being read: known clean (CsvCells)

    /** {@code read[i]}: whether cell {@code i} is used; null when all are. */
    CsvFastRows(String source, int columns, boolean[] read) {
        this.source = source;
        this.columns = columns;
        this.read = read;
        this.unreadFrom = read == null ? null : new int[columns + 1];
        for (int i = columns - 1; read != null && i >= 0; i--) {
            unreadFrom[i] = i < read.length && !read[i] ? unreadFrom[i + 1] + 1 : 0;
        }
        this.places = read == null ? null : new int[columns];
        int n = 0;
        for (int i = 0; places != null && i < columns; i++) {
            places[i] = i < read.length && read[i] ? n++ : -1;
        }
        this.kept = Math.max(places == null ? columns : n, 1);
    }

    void feed(CsvSplitter.Part part, CsvTable.Rows handler) throws InputFileException {
        b = part.bytes();
        end = part.length();
        pos = 0;
        line = part.linesBefore() + 1;
        while (pos < end) {
            int rowStart = pos;
            long rowLine = line;
            String[] cells = new String[kept];
            int count = row(cells);
            if (count < 0) {
                fallBack(part, rowStart, rowLine, handler);
                return;
            }
            if (count > columns) {
                handler.unusable(rowLine, count + " cells but the header has " + columns + " columns");
            } else {
                handler.row(new CsvCells(cells, places, count, rowClean), rowLine);
            }
        }
    }

    /**
     * Reads the row at {@code pos} into {@code cells} and moves past its line break: the number of its cells, or -1
     * when Jackson must read it (then {@code pos} and {@code line} are of no use).
     */
    private int row(String[] cells) {
        int count = 0;
        rowClean = 0;
        while (true) {
            if (count > 0 && read != null) {
                count = passUnread(cells, count);
            }
            boolean wanted = count < columns && (read == null || read[count]);
            int cellEnd = pos < end && b[pos] == '"' ? quoted(cells, count, wanted) : unquoted(cells, count, wanted);
            if (cellEnd < 0) {
                return -1;
            }
            if (count == 0 && lastCellEmpty && (cellEnd == end || b[cellEnd] != ',')) {
                return -1; // a row of one empty cell: blank, which Jackson's reading decides
            }
            count++;
            if (cellEnd == end) {
                pos = end;
                return count;
            }
            byte c = b[cellEnd];
            if (c == ',') {
                pos = cellEnd + 1;
            } else if (c == '\n') {
                pos = cellEnd + 1;
                line++;
                return count;
            } else if (cellEnd + 1 < end && b[cellEnd + 1] == '\n') { // \r\n
                pos = cellEnd + 2;
                line++;
                return count;
            } else {
                return -1; // a lone \r
            }
        }
    }

    /**
     * Passes over the cells from cell {@code index} at {@code pos} that are not read, while they are unquoted and ASCII,
     * several at a time (NYC 311 reads 8 of its 41 columns); returns the index of the cell now at {@code pos}, which
     * the cell-by-cell reading takes on. Not for the row's first cell, whose emptiness the row's reading checks.
     */
    private int passUnread(String[] cells, int index) {
        int unread = index < columns ? unreadFrom[index] : 0;
        if (unread == 0) {
            return index;
        }
        long passedAndPos = QuoteOrLineBreak.passCells(b, pos, end, unread);
        int passed = (int) (passedAndPos >>> 32);
        for (int i = index; i < index + passed; i++) {
            markClean(i); // and empty: not kept
        }
        pos = (int) passedAndPos;
        return index + passed; // the rest, from a stop or near the part's end: cell by cell
    }

    /** The unquoted cell at {@code pos}: where it ends, or -1. */
    private int unquoted(String[] cells, int index, boolean wanted) {
        int at = pos;
        boolean ascii = true;
        boolean clean = true;
        while ((at = QuoteOrLineBreak.nextCellStop(b, at, end)) < end) { // separators, quotes, zero and non-ASCII bytes
            byte c = b[at];
            if (c == ',' || c == '\n' || c == '\r') {
                break;
            }
            if (c == '"') {
                return -1;
            }
            if (c == 0) { // U+0000: the cell is not clean
                clean = false;
                at++;
                continue;
            }
            int skip = Utf8Check.sequenceLength(b, at, end); // c < 0: a non-ASCII character
            if (skip == 0) {
                return -1;
            }
            ascii = false;
            at += skip;
        }
        lastCellEmpty = at == pos;
        if (index < columns || index == 0) {
            if (wanted || places == null) {
                cells[place(index)] = !wanted || at == pos ? "" : new String(b, pos, at - pos, ascii ? ISO_8859_1 : UTF_8);
            }
            if (clean || !wanted) {
                markClean(index);
            }
        }
        return at;
    }

    /** The quoted cell at {@code pos}: where it ends (after its closing quote), or -1. */
    private int quoted(String[] cells, int index, boolean wanted) {
        int at = pos + 1;
        int segment = at;
        int copied = 0;
        boolean ascii = true;
        boolean clean = true;
        while (true) {
            if (at == end || b[at] == '\r') {
                return -1;
            }
            byte c = b[at];
            if (c == '"') {
                if (at + 1 < end && b[at + 1] == '"') { // a doubled quote: one quote
                    if (wanted) {
                        copied = copy(segment, at + 1, copied);
                    }
                    at += 2;
                    segment = at;
                    continue;
                }
                break;
            }
            if (c == '\n') {
                line++;
                at++;
            } else if (c < 0) {
                int skip = Utf8Check.sequenceLength(b, at, end);
                if (skip == 0) {
                    return -1;
                }
                ascii = false;
                at += skip;
            } else {
                clean &= c != 0;
                at++;
            }
        }
        int after = at + 1;
        if (after < end && b[after] != ',' && b[after] != '\n' && b[after] != '\r') {
            return -1; // something after the closing quote
        }
        lastCellEmpty = at == pos + 1;
        if (index < columns || index == 0) {
            if (clean || !wanted) {
                markClean(index);
            }
            if (!wanted) {
                if (places == null) {
                    cells[index] = "";
                }
            } else if (copied == 0) {
                cells[place(index)] = new String(b, segment, at - segment, ascii ? ISO_8859_1 : UTF_8);
            } else {
                copied = copy(segment, at, copied);
                cells[place(index)] = new String(scratch, 0, copied, ascii ? ISO_8859_1 : UTF_8);
            }
        }
        return after;
    }

    /** Where a row's array keeps cell {@code index}, which is read (or every cell is kept). */
    private int place(int index) {
        return places == null ? index : places[index];
    }

    /** Notes that cell {@code index}'s text is clean: no zero byte in well-formed UTF-8 (or the empty text). */
    private void markClean(int index) {
        if (index < Long.SIZE) {
            rowClean |= 1L << index;
        }
    }

    private int copy(int from, int to, int copied) {
        int n = to - from;
        if (copied + n > scratch.length) {
            scratch = Arrays.copyOf(scratch, Math.max(2 * scratch.length, copied + n));
        }
        System.arraycopy(b, from, scratch, copied, n);
        return copied + n;
    }

    /** The rest of the part, from the row at {@code rowStart}, read by Jackson. */
    private void fallBack(CsvSplitter.Part part, int rowStart, long rowLine, CsvTable.Rows handler) throws InputFileException {
        ByteArrayInputStream rest = new ByteArrayInputStream(part.bytes(), rowStart, part.length() - rowStart);
        try (CsvRows rows = new CsvRows(rest, source, rowLine - 1)) {
            CsvTable.feed(rows, columns, handler);
        }
    }
}
