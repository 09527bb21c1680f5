package com.servicepolicy.evaluator.store;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * Byte streams over an array without the locks of {@code ByteArrayOutputStream} and {@code ByteArrayInputStream}:
 * the codec writes and reads every event field by field (an int is four single-byte calls), one thread per buffer.
 */
final class ByteBuffers {
    private ByteBuffers() {
    }

    /** A growable array written from the start; {@link #reset} reuses it. */
    static final class Out extends OutputStream {
        private byte[] bytes = new byte[8192];
        private int size;

        @Override
        public void write(int b) {
            if (size == bytes.length) {
                bytes = Arrays.copyOf(bytes, size * 2);
            }
            bytes[size++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (size + len > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(size * 2, size + len));
            }
            System.arraycopy(b, off, bytes, size, len);
            size += len;
        }

        int size() {
            return size;
        }

        void reset() {
            size = 0;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(bytes, size);
        }
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
