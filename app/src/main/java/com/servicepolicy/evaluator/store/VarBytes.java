package com.servicepolicy.evaluator.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte array written with variable-length numbers (7 bits a byte, low first; signed ones zigzag-coded so
 * that small differences either way stay small) and length-prefixed UTF-8 texts, and a {@link Cursor} that reads them.
 */
final class VarBytes {
    private byte[] bytes = new byte[4096];
    private int size;

    void reset() {
        size = 0;
    }

    int size() {
        return size;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    void writeByte(int b) {
        room(1);
        bytes[size++] = (byte) b;
    }

    void writeBytes(byte[] b) {
        room(b.length);
        System.arraycopy(b, 0, bytes, size, b.length);
        size += b.length;
    }

    void writeVar(long v) {
        room(10);
        while ((v & ~0x7FL) != 0) {
            bytes[size++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        bytes[size++] = (byte) v;
    }

    void writeSignedVar(long v) {
        writeVar((v << 1) ^ (v >> 63));
    }

    /** A text: its UTF-8 length as a varint, then its UTF-8 bytes. */
    void writeText(String s) {
        writeText(s, 0, 0);
    }

    /**
     * A text whose varint carries its UTF-8 length shifted left by {@code shift} bits and {@code mark} in the bits
     * freed, then its UTF-8 bytes: for a code that tells texts apart from other entries by those bits.
     */
    void writeText(String s, int shift, int mark) {
        if (isAscii(s)) {
            writeVar(((long) s.length() << shift) | mark);
            writeAsciiBytes(s);
        } else {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            writeVar(((long) utf8.length << shift) | mark);
            writeBytes(utf8);
        }
    }

    /** Texts are nearly always ASCII, whose UTF-8 is one byte a char: copied without an array of their own. */
    static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings("deprecation") // getBytes(int, int, byte[], int) copies each char's low byte: an ASCII text's UTF-8
    private void writeAsciiBytes(String s) {
        int n = s.length();
        room(n);
        s.getBytes(0, n, bytes, size);
        size += n;
    }

    private void room(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    /** Reads an array written by {@link VarBytes} from a position to its end; a cut-short array throws. */
    static final class Cursor {
        private final byte[] bytes;
        private int at;

        Cursor(byte[] bytes, int from) {
            this.bytes = bytes;
            this.at = from;
        }

        boolean more() {
            return at < bytes.length;
        }

        int readByte() {
            check(1);
            return bytes[at++] & 0xFF;
        }

        long readVar() {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                int b = readByte();
                v |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return v;
                }
            }
            throw new IllegalStateException("a variable-length number longer than 10 bytes at " + at);
        }

        long readSignedVar() {
            long v = readVar();
            return (v >>> 1) ^ -(v & 1);
        }

        String readText() {
            return readUtf8(length(readVar()));
        }

        void skipText() {
            skip(length(readVar()));
        }

        String readUtf8(int length) {
            check(length);
            String s = new String(bytes, at, length, StandardCharsets.UTF_8);
            at += length;
            return s;
        }

        void skip(int length) {
            check(length);
            at += length;
        }

        private static int length(long v) {
            if (v > Integer.MAX_VALUE) {
                throw new IllegalStateException("a text of " + v + " bytes");
            }
            return (int) v;
        }

        private void check(int length) {
            if (length < 0 || at + length > bytes.length) {
                throw new IllegalStateException("a history row cut short at byte " + at + " of " + bytes.length);
            }
        }
    }
}
