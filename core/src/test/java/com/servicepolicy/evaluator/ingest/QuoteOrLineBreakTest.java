package com.servicepolicy.evaluator.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Eight bytes at a time finds what a byte-by-byte look finds, wherever the bytes and the range are (both searches). */
class QuoteOrLineBreakTest {
    @Test
    void findsTheFirstQuoteOrLineBreakAsAByteByByteLookDoes() {
        Random random = new Random(11);
        byte[] alphabet = {'"', '\n', '\r', ',', 'a', ' ', 0, 1, (byte) 0x80, (byte) 0xA2, (byte) 0xFF, '!', '#', 0x0C, 0x0E};
        for (int n = 0; n < 100_000; n++) {
            byte[] b = new byte[random.nextInt(40)];
            int rare = 1 + random.nextInt(30); // sometimes no stop for a long way
            for (int i = 0; i < b.length; i++) {
                b[i] = random.nextInt(rare) == 0 ? alphabet[random.nextInt(3)]
                        : random.nextBoolean() ? alphabet[3 + random.nextInt(alphabet.length - 3)] : (byte) random.nextInt(256);
            }
            int from = b.length == 0 ? 0 : random.nextInt(b.length + 1);
            int end = from + random.nextInt(b.length - from + 1);
            assertThat(QuoteOrLineBreak.next(b, from, end)).isEqualTo(byteByByte(b, from, end));
        }
    }

    @Test
    void findsTheEndOfAnUnquotedCellAsAByteByByteLookDoes() {
        Random random = new Random(12);
        byte[] stops = {'"', '\n', '\r', ',', 0, (byte) 0x80, (byte) 0xC3, (byte) 0xFF};
        byte[] others = {'a', ' ', 1, 0x7F, '!', '#', '+', '-', 0x0C, 0x0E, 0x2B, 0x2D, 0x21, 0x23};
        for (int n = 0; n < 100_000; n++) {
            byte[] b = new byte[random.nextInt(40)];
            int rare = 1 + random.nextInt(30); // sometimes no stop for a long way
            for (int i = 0; i < b.length; i++) {
                b[i] = random.nextInt(rare) == 0 ? stops[random.nextInt(stops.length)]
                        : random.nextBoolean() ? others[random.nextInt(others.length)] : (byte) random.nextInt(128);
            }
            int from = b.length == 0 ? 0 : random.nextInt(b.length + 1);
            int end = from + random.nextInt(b.length - from + 1);
            assertThat(QuoteOrLineBreak.nextCellStop(b, from, end))
                    .isEqualTo(QuoteOrLineBreak.nextCellStopByteByByte(b, from, end));
        }
    }

    @Test
    void passesOverPlainCellsAsAByteByByteLookDoes() {
        Random random = new Random(13);
        // commas next to the bytes one above and below them (",-", "+,"), where a borrow between bytes would mark falsely
        byte[] common = {',', ',', ',', '-', '+', 'a', ' ', '0', 0x2D, 0x2B, 0x0C, 0x0E, 0x7F, 0, 1};
        byte[] stops = {'"', '\n', '\r', (byte) 0x80, (byte) 0xC3, (byte) 0xFF, (byte) 0xAC};
        int passedSome = 0;
        for (int n = 0; n < 200_000; n++) {
            byte[] b = new byte[random.nextInt(60)];
            int rare = 1 + random.nextInt(40);
            for (int i = 0; i < b.length; i++) {
                b[i] = random.nextInt(rare) == 0 ? stops[random.nextInt(stops.length)]
                        : random.nextInt(4) > 0 ? common[random.nextInt(common.length)] : (byte) random.nextInt(128);
            }
            int from = b.length == 0 ? 0 : random.nextInt(b.length + 1);
            int end = from + random.nextInt(b.length - from + 1);
            int cells = 1 + random.nextInt(12);
            long passed = QuoteOrLineBreak.passCells(b, from, end, cells);
            assertThat(passed).as("%s from %d to %d, %d cells", java.util.Arrays.toString(b), from, end, cells)
                    .isEqualTo(QuoteOrLineBreak.passCellsByteByByte(b, from, end, cells));
            passedSome += passed >>> 32 > 0 ? 1 : 0;
        }
        assertThat(passedSome).isGreaterThan(20_000);
    }

    @Test
    void passesOverTheCellsBeforeAStopAndCountsEachComma() {
        byte[] b = "a,-b,,+,-,x\"y,z,1,2,3,4,5".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(QuoteOrLineBreak.passCells(b, 0, b.length, 3)).isEqualTo(3L << 32 | 6);  // "a", "-b", ""
        assertThat(QuoteOrLineBreak.passCells(b, 0, b.length, 20)).isEqualTo(5L << 32 | 10); // then "+", "-"; "x\"y" stops
        assertThat(QuoteOrLineBreak.passCells(b, 10, b.length, 20)).isEqualTo(0L << 32 | 10);
    }

    private static int byteByByte(byte[] b, int from, int end) {
        for (int i = from; i < end; i++) {
            if (b[i] == '"' || b[i] == '\n' || b[i] == '\r') {
                return i;
            }
        }
        return end;
    }
}
