package com.servicepolicy.evaluator.spark;

import java.io.IOException;
import java.io.InputStream;

/**
 * The lines that start within the next {@code bytes} bytes of a stream positioned at a line's start: all of
 * them, the last one to its end even past the limit, and nothing of the next line (which belongs to the next
 * split). The stream should be buffered: past the limit it is read a byte at a time.
 */
final class LineBoundedInputStream extends InputStream {
    private final InputStream in;
    private long left;
    private int last = '\n';
    private boolean done;

    LineBoundedInputStream(InputStream in, long bytes) {
        this.in = in;
        this.left = bytes;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (left > 0) {
            int n = in.read(buf, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
                last = buf[off + n - 1];
            }
            return n;
        }
        if (done || last == '\n') {
            done = true;
            return -1;
        }
        int b = in.read(); // finishing the line that started before the limit
        if (b < 0) {
            done = true;
            return -1;
        }
        buf[off] = (byte) b;
        last = b;
        return 1;
    }
}
