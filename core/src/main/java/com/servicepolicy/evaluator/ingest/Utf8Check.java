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
}
