package com.servicepolicy.evaluator.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Tells whether a line is valid UTF-8 using the JDK's strict decoder (overlongs, surrogates and
 * truncated sequences are errors). Pure-ASCII lines, the usual case, are settled by a byte scan.
 * One instance per reader: it reuses its buffers and is not thread-safe.
 */
final class Utf8Check {
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private CharBuffer out = CharBuffer.allocate(1024);

    /** {@code null} when valid, else the reason for rejecting the line. */
    String problem(byte[] b, int off, int len) {
        int end = off + len;
        int i = off;
        while (i < end && b[i] >= 0) {
            i++;
        }
        if (i == end) {
            return null;
        }
        if (out.capacity() < end - i) {
            out = CharBuffer.allocate(end - i);
        }
        out.clear();
        decoder.reset();
        ByteBuffer in = ByteBuffer.wrap(b, i, end - i); // i follows ASCII, so it is a char boundary
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return "not valid UTF-8 (byte " + (in.position() - off + 1) + " of the line)";
        }
        return null;
    }

    /**
     * The length of the well-formed UTF-8 sequence at {@code at} (Unicode's table 3-7, which Java's decoder follows),
     * or 0 when it is malformed or cut by the end.
     */
    static int sequenceLength(byte[] b, int at, int end) {
        int lead = b[at] & 0xFF;
        int n;
        int low = 0x80;
        int high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            n = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            n = 3;
            low = lead == 0xE0 ? 0xA0 : 0x80;
            high = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            n = 4;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return 0;
        }
        if (at + n > end) {
            return 0;
        }
        int second = b[at + 1] & 0xFF;
        if (second < low || second > high) {
            return 0;
        }
        for (int k = 2; k < n; k++) {
            if ((b[at + k] & 0xC0) != 0x80) {
                return 0;
            }
        }
        return n;
    }
}
