package com.servicepolicy.evaluator.importers.zendesk;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The stream the parser reads, keeping the bytes it read since the last {@link #release} so that a part of the input
 * the parser has passed can be copied out by its offsets ({@link #copy}); only what has not been released is held.
 */
final class KeptBytes extends FilterInputStream {
    private byte[] kept = new byte[1 << 16];
    private long keptFrom; // the input offset of kept[0]
    private int length;

    KeptBytes(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = in.read(b, off, len);
        if (n > 0) {
            if (length + n > kept.length) {
                kept = Arrays.copyOf(kept, Math.max(length + n, 2 * kept.length));
            }
            System.arraycopy(b, off, kept, length, n);
            length += n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        return read(new byte[(int) Math.min(n, 8192)], 0, (int) Math.min(n, 8192)); // kept like any byte read
    }

    /** The input's bytes {@code [from, to)}, read and not released, between {@code [} and {@code ]}. */
    byte[] copyAsArray(long from, long to) {
        int n = (int) (to - from);
        byte[] out = new byte[n + 2];
        out[0] = '[';
        System.arraycopy(kept, (int) (from - keptFrom), out, 1, n);
        out[n + 1] = ']';
        return out;
    }

    /** The bytes before input offset {@code to} are no longer needed. */
    void release(long to) {
        int drop = (int) (to - keptFrom);
        System.arraycopy(kept, drop, kept, 0, length - drop);
        length -= drop;
        keptFrom = to;
    }
}
