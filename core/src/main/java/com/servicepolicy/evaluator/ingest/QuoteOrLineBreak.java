package com.servicepolicy.evaluator.ingest;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Finds the next quote, {@code \n} or {@code \r} in bytes, eight bytes at a time: the only bytes that matter to
 * {@link CsvSplitter} inside a run of cells. Byte by byte, cutting a CSV cost the reading thread more than a row's
 * parse costs a worker; an export's rows are hundreds of bytes with two or three such bytes each. Likewise the end of
 * an unquoted cell for {@link CsvFastRows} ({@link #nextCellStop}: also a comma or a byte of a non-ASCII character).
 */
final class QuoteOrLineBreak {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long QUOTES = '"' * ONES;
    private static final long LFS = '\n' * ONES;
    private static final long CRS = '\r' * ONES;
    private static final long COMMAS = ',' * ONES;

    private QuoteOrLineBreak() {
    }

    /** The index of the first quote, {@code \n} or {@code \r} in {@code b[from, end)}, or {@code end}. */
    static int next(byte[] b, int from, int end) {
        int i = from;
        for (; i + Long.BYTES <= end; i += Long.BYTES) {
            long word = (long) LONGS.get(b, i);
            long found = zeroBytes(word ^ QUOTES) | zeroBytes(word ^ LFS) | zeroBytes(word ^ CRS);
            if (found != 0) {
                // the lowest marked byte is exact (a borrow only marks bytes above a true zero byte)
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        for (; i < end; i++) {
            byte c = b[i];
            if (c == '"' || c == '\n' || c == '\r') {
                return i;
            }
        }
        return end;
    }

    /**
     * The index of the first comma, quote, {@code \n}, {@code \r}, zero byte or byte of 0x80 and above in
     * {@code b[from, end)}, or {@code end}: where an unquoted cell ends or needs a closer look (a zero byte makes it
     * unclean, {@link CsvCells}). {@link #nextCellStopByteByByte} is the reference (QuoteOrLineBreakTest).
     */
    static int nextCellStop(byte[] b, int from, int end) {
        int i = from;
        for (; i + Long.BYTES <= end; i += Long.BYTES) {
            long word = (long) LONGS.get(b, i);
            long found = zeroBytes(word ^ COMMAS) | zeroBytes(word ^ QUOTES) | zeroBytes(word ^ LFS) | zeroBytes(word ^ CRS)
                    | zeroBytes(word) | word & HIGHS;
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        return nextCellStopByteByByte(b, i, end);
    }

    static int nextCellStopByteByByte(byte[] b, int from, int end) {
        for (int i = from; i < end; i++) {
            byte c = b[i];
            if (c == ',' || c == '"' || c == '\n' || c == '\r' || c == 0 || c < 0) {
                return i;
            }
        }
        return end;
    }

    /**
     * Passes over at most {@code cells} unquoted, ASCII cells from {@code from}, each ended by a comma, eight bytes at a
     * time, stopping before a quote, {@code \n}, {@code \r} or byte of 0x80 and above, and where fewer than eight bytes
     * are left: {@code passed << 32 | the index after the last passed cell's comma} ({@code from} when none). For the
     * plain cells a reader does not use. {@link #passCellsByteByByte} is the reference (QuoteOrLineBreakTest).
     */
    static long passCells(byte[] b, int from, int end, int cells) {
        int passed = 0;
        int after = from;
        for (int i = from; i + Long.BYTES <= end; i += Long.BYTES) {
            long word = (long) LONGS.get(b, i);
            // exact marks: every comma is counted, so a borrow's false mark above a true one (",-") must not occur
            long commas = exactZeroBytes(word ^ COMMAS);
            long stops = exactZeroBytes(word ^ QUOTES) | exactZeroBytes(word ^ LFS) | exactZeroBytes(word ^ CRS) | word & HIGHS;
            if (stops != 0) {
                commas &= (stops & -stops) - 1; // the commas before the first stop
            }
            for (; commas != 0 && passed < cells; commas &= commas - 1) {
                passed++;
                after = i + (Long.numberOfTrailingZeros(commas) >>> 3) + 1;
            }
            if (stops != 0 || passed == cells) {
                break;
            }
        }
        return (long) passed << 32 | after;
    }

    static long passCellsByteByByte(byte[] b, int from, int end, int cells) {
        int passed = 0;
        int after = from;
        for (int i = from; i + Long.BYTES <= end && passed < cells; i += Long.BYTES) { // the same words looked at
            for (int j = i; j < i + Long.BYTES; j++) {
                byte c = b[j];
                if (c == '"' || c == '\n' || c == '\r' || c < 0) {
                    return (long) passed << 32 | after;
                }
                if (c == ',') {
                    passed++;
                    after = j + 1;
                    if (passed == cells) {
                        return (long) passed << 32 | after;
                    }
                }
            }
        }
        return (long) passed << 32 | after;
    }

    /** The high bit of each byte of {@code x} that is zero, and of no other (no borrow between bytes). */
    private static long exactZeroBytes(long x) {
        return ~(((x & ~HIGHS) + ~HIGHS) | x | ~HIGHS);
    }

    /** The high bit of each byte of {@code x} that may be zero; the lowest one marked is the lowest zero byte. */
    private static long zeroBytes(long x) {
        return (x - ONES) & ~x & HIGHS;
    }
}
