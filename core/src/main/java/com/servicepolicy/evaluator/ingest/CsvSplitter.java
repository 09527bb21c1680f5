package com.servicepolicy.evaluator.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Queue;

/**
 * Cuts a CSV byte stream into parts that each hold whole rows, for parsing on several threads. A row ends at a line
 * break outside a quoted cell, as Jackson's CSV parser sees it: a quote opens a quoted cell only as a cell's first
 * character, two quotes inside it are one, and after its closing quote blanks are skipped and any other character is an
 * error that the parser skips before starting the next cell. Line breaks ({@code \r\n}, {@code \n}, a lone {@code \r},
 * quoted or not) are counted as the parser counts them, so that a part's rows keep the input's line numbers.
 * UTF-8 never uses these ASCII bytes inside a character, so the scan works on bytes.
 */
final class CsvSplitter {
    /** Whole rows of the input, {@code bytes[0, length)}, after {@code linesBefore} lines of it. */
    record Part(byte[] bytes, int length, long linesBefore) {
    }

    private enum State { CELL_START, UNQUOTED, QUOTED, QUOTE_SEEN, AFTER_QUOTED, SKIP_CHARACTER }

    static boolean[] stops(String bytes) {
        boolean[] stop = new boolean[256];
        bytes.chars().forEach(c -> stop[c] = true);
        return stop;
    }

    private final InputStream in;
    private final Queue<byte[]> spares; // arrays whose part has been read, to copy the next parts into; or null
    private byte[] buf = new byte[1 << 16];
    private int start;        // first byte not handed out yet
    private int scanned;      // bytes before this have been scanned
    private int end;          // bytes after this are not read yet
    private int cut = -1;     // the last row end found after start, or -1
    private long lines;       // line breaks before scanned
    private long linesAtCut;  // line breaks before cut
    private long linesAtStart;
    private State state = State.CELL_START;
    private boolean afterCr;        // the byte before scanned is a \r
    private boolean crEndsRow;      // ... and it ended a row (a \n after it belongs to that row end)
    private int continuationBytes;  // of a character skipped after a closing quote
    private boolean supplementary;  // ... which is two chars: the parser skips the first, the second starts a cell
    private boolean eof;
    private boolean bomChecked;

    CsvSplitter(InputStream in) {
        this(in, null);
    }

    /**
     * Copying each part into an array of {@code spares} (given back there by whoever read its part) when one is large
     * enough, else into a new one: a 1M-row NYC 311 export was 370 MB of new arrays, a fifth of what its import
     * allocated, which the young collections and the heap's growth paid for.
     */
    CsvSplitter(InputStream in, Queue<byte[]> spares) {
        this.in = in;
        this.spares = spares;
    }

    /** Lines of the input handed out so far (complete rows). */
    long linesHandedOut() {
        return linesAtStart;
    }

    /** The next part of at least about {@code size} bytes (less at the end of input), or null after the last. */
    Part next(int size) throws IOException {
        while (true) {
            if (cut - start >= size) {
                return take(cut, linesAtCut);
            }
            if (eof) {
                return start < end ? take(end, lines) : null;
            }
            read();
            scan();
        }
    }

    private Part take(int to, long linesAtTo) {
        int length = to - start;
        byte[] bytes = spares == null ? null : spares.poll();
        if (bytes == null || bytes.length < length) { // room for the next parts, whose row ends fall elsewhere
            bytes = new byte[spares == null ? length : length + (length >> 4)];
        }
        System.arraycopy(buf, start, bytes, 0, length);
        Part part = new Part(bytes, length, linesAtStart);
        start = to;
        linesAtStart = linesAtTo;
        if (cut <= start) {
            cut = -1;
        }
        return part;
    }

    private void read() throws IOException {
        if (end == buf.length) {
            if (start > 0) { // move what is left to the front
                int shift = start;
                System.arraycopy(buf, start, buf, 0, end - start);
                end -= shift;
                scanned -= shift;
                cut = cut >= start ? cut - shift : -1;
                start = 0;
            }
            if (end == buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2); // a row longer than the buffer
            }
        }
        int n = in.read(buf, end, buf.length - end);
        if (n < 0) {
            eof = true;
        } else {
            end += n;
        }
        if (!bomChecked && (end >= 3 || eof)) {
            bomChecked = true;
            if (end >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
                scanned = 3; // the parser never sees it; the part keeps it, its reader skips it
            }
        }
    }

    private void scan() {
        if (!bomChecked) {
            return;
        }
        byte[] b = buf;
        int i = scanned;
        if (afterCr && i < end) {
            afterCr = false;
            if (b[i] == '\n') {
                if (crEndsRow) {
                    rowEndsBefore(i + 1);
                }
                i++;
            } else if (crEndsRow) {
                rowEndsBefore(i);
            }
        }
        while (i < end) {
            byte c;
            // the common cases first, without leaving the loop: inside unquoted cells or a quoted one, only a quote or
            // a line break changes anything but whether a cell has begun, which the byte before the stop tells
            if (state == State.UNQUOTED || state == State.CELL_START) {
                int from = i;
                i = QuoteOrLineBreak.next(b, i, end);
                if (i > from) {
                    state = b[i - 1] == ',' ? State.CELL_START : State.UNQUOTED;
                }
                if (i == end) {
                    break;
                }
                c = b[i];
                if (c == '"') {
                    state = state == State.CELL_START ? State.QUOTED : State.UNQUOTED;
                    i++;
                    continue;
                }
            } else if (state == State.QUOTED) {
                i = QuoteOrLineBreak.next(b, i, end);
                if (i == end) {
                    break;
                }
                c = b[i];
            } else {
                c = b[i];
            }
            if (c == '\r' || c == '\n') {
                lines++;
                boolean endsRow = state != State.QUOTED;
                if (endsRow) {
                    state = State.CELL_START;
                }
                if (c == '\n') {
                    if (endsRow) {
                        rowEndsBefore(i + 1);
                    }
                    i++;
                } else if (i + 1 == end) { // what follows the \r is not read yet
                    afterCr = true;
                    crEndsRow = endsRow;
                    i++;
                } else {
                    i += b[i + 1] == '\n' ? 2 : 1;
                    if (endsRow) {
                        rowEndsBefore(i);
                    }
                }
                continue;
            }
            state = next(state, c);
            i++;
        }
        scanned = end;
    }

    private void rowEndsBefore(int position) {
        cut = position;
        linesAtCut = lines;
    }

    /** The state after byte {@code c}, which is not a line break. */
    private State next(State s, byte c) {
        switch (s) {
            case CELL_START:
                return c == '"' ? State.QUOTED : c == ',' ? State.CELL_START : State.UNQUOTED;
            case UNQUOTED:
                return c == ',' ? State.CELL_START : State.UNQUOTED;
            case QUOTED:
                return c == '"' ? State.QUOTE_SEEN : State.QUOTED;
            case QUOTE_SEEN:
                return c == '"' ? State.QUOTED : next(State.AFTER_QUOTED, c);
            case AFTER_QUOTED:
                if (c == ',') {
                    return State.CELL_START;
                }
                if (c >= 0 && c <= ' ') {
                    return State.AFTER_QUOTED;
                }
                continuationBytes = utf8Continuations(c);
                supplementary = continuationBytes == 3;
                return continuationBytes > 0 ? State.SKIP_CHARACTER : State.CELL_START; // the parser skips the character
            case SKIP_CHARACTER:
                if ((c & 0xC0) == 0x80 && --continuationBytes > 0) {
                    return State.SKIP_CHARACTER;
                }
                if ((c & 0xC0) == 0x80) {
                    return supplementary ? State.UNQUOTED : State.CELL_START;
                }
                return next(State.CELL_START, c);
            default:
                throw new IllegalStateException(s.name());
        }
    }

    /** How many continuation bytes follow a UTF-8 lead byte. */
    private static int utf8Continuations(byte lead) {
        int b = lead & 0xFF;
        return b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : b >= 0xC0 ? 1 : 0;
    }
}
