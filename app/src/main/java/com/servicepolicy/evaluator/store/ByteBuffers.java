package com.servicepolicy.evaluator.store;

import java.io.InputStream;

/**
 * A byte stream over an array without the locks of {@code ByteArrayInputStream}: the first form of history rows is
 * read field by field (an int is four single-byte calls), one thread per buffer.
 */
final class ByteBuffers {
    private ByteBuffers() {
    }

    /** Reads an array from the start to its end. */
    static final class In extends InputStream {
        private final byte[] bytes;
        private int at;

        In(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read() {
            return at < bytes.length ? bytes[at++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (at >= bytes.length) {
                return len == 0 ? 0 : -1;
            }
            int n = Math.min(len, bytes.length - at);
            System.arraycopy(bytes, at, b, off, n);
            at += n;
            return n;
        }

        @Override
        public long skip(long n) {
            int skipped = (int) Math.max(0, Math.min(n, bytes.length - at));
            at += skipped;
            return skipped;
        }

        @Override
        public int available() {
            return bytes.length - at;
        }
    }
}
