package com.servicepolicy.evaluator.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines without decoding it, so that one line with invalid UTF-8 can be
 * rejected on its own and valid lines go to the JSON parser as bytes (its fastest input). Lines
 * end at LF; a CR before it is dropped. A UTF-8 byte order mark at the start is skipped. Lines
 * longer than {@link #MAX_LINE} (16 MiB) are skipped and flagged instead of exhausting memory.
 */
final class ByteLines {
    static final int MAX_LINE = 16 << 20;

    private final InputStream in;
    private final int maxLine;
    private byte[] buf;
    private int pos;
    private int limit;
    private boolean eof;

    /** The current line: {@code buf()[start, start+length)}, 1-based physical line number. */
    int start;
    int length;
    long number;
    /** The current line was longer than the limit; its content is gone. */
    boolean tooLong;

    ByteLines(InputStream in) {
        this(in, MAX_LINE);
    }

    /** With a smaller limit, for tests. */
    ByteLines(InputStream in, int maxLine) {
        this.in = in;
        this.maxLine = maxLine;
        this.buf = new byte[Math.min(1 << 16, maxLine)];
    }

    byte[] buf() {
        return buf;
    }

    /** Advances to the next physical line; {@code false} at end of input. */
    boolean next() throws IOException {
        boolean discarding = false;
        int scanned = 0; // bytes from pos known to hold no LF
        while (true) {
            int nl = indexOfLf(pos + scanned, limit);
            if (nl >= 0) {
                return line(nl, nl + 1, discarding);
            }
            scanned = limit - pos;
            if (eof) {
                return (scanned > 0 || discarding) && line(limit, limit, discarding);
            }
            if (pos > 0) {
                System.arraycopy(buf, pos, buf, 0, scanned);
                limit = scanned;
                pos = 0;
            }
            if (limit == buf.length) {
                if (buf.length >= maxLine) {
                    discarding = true;
                    limit = 0;
                    scanned = 0;
                } else {
                    buf = Arrays.copyOf(buf, Math.min(buf.length * 2, maxLine));
                }
            }
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) {
                eof = true;
            } else {
                limit += n;
            }
        }
    }

    private boolean line(int end, int next, boolean discarded) {
        number++;
        tooLong = discarded;
        start = pos;
        length = end - pos;
        if (length > 0 && buf[end - 1] == '\r') {
            length--;
        }
        if (number == 1 && length >= 3 && buf[start] == (byte) 0xEF && buf[start + 1] == (byte) 0xBB
                && buf[start + 2] == (byte) 0xBF) {
            start += 3;
            length -= 3;
        }
        pos = next;
        return true;
    }

    /** Only spaces, tabs and CRs: the line is not a record and is not counted. */
    boolean isBlank() {
        for (int i = start, end = start + length; i < end; i++) {
            byte b = buf[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private int indexOfLf(int from, int to) {
        byte[] b = buf;
        for (int i = from; i < to; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
