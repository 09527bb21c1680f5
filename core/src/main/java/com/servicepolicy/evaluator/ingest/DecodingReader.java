package com.servicepolicy.evaluator.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;

/**
 * Strict UTF-8 decoding for the CSV parser that does not stop at bad bytes: each malformed
 * sequence becomes U+FFFD and its char offset is queued, so that the CSV scanner can reject
 * exactly the record containing it (a replacing decoder would hide the damage, a reporting one
 * would end the file). A leading byte order mark is skipped.
 */
final class DecodingReader extends Reader {
    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    private final ArrayDeque<Long> malformedAt = new ArrayDeque<>();
    private boolean inputEnded;
    private boolean done;
    private boolean started;
    private long emitted;

    DecodingReader(InputStream in) {
        this(in, true);
    }

    /** {@code atInputStart}: whether a leading byte order mark is the input's (skipped) or a part's text (kept). */
    DecodingReader(InputStream in, boolean atInputStart) {
        this.in = in;
        this.started = !atInputStart;
    }

    /** Removes and tells whether some malformed input decoded to a char offset below {@code end}. */
    boolean takeMalformedBefore(long end) {
        boolean any = false;
        while (!malformedAt.isEmpty() && malformedAt.peekFirst() < end) {
            malformedAt.removeFirst();
            any = true;
        }
        return any;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(cbuf, off, len);
        while (out.position() == off && !done) {
            if (!started) {
                fill(); // until the byte order mark question is settled
                continue;
            }
            CoderResult result = decoder.decode(bytes, out, inputEnded);
            if (result.isError()) {
                if (!out.hasRemaining()) {
                    break; // reported again on the next call, when there is room
                }
                bytes.position(bytes.position() + result.length());
                malformedAt.addLast(emitted + out.position() - off);
                out.put('\uFFFD');
            } else if (result.isUnderflow()) {
                if (inputEnded) {
                    decoder.flush(out);
                    done = true;
                } else {
                    fill();
                }
            } else {
                break; // overflow: out is full
            }
        }
        int n = out.position() - off;
        emitted += n;
        return n == 0 && done ? -1 : n;
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            inputEnded = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
        if (!started && (bytes.remaining() >= 3 || inputEnded)) {
            started = true;
            if (bytes.remaining() >= 3 && bytes.get(0) == (byte) 0xEF && bytes.get(1) == (byte) 0xBB
                    && bytes.get(2) == (byte) 0xBF) {
                bytes.position(3);
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
