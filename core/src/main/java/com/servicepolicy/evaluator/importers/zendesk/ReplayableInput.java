package com.servicepolicy.evaluator.importers.zendesk;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The input as {@link DocumentScanner} reads it, every byte read kept (up to a limit) so that the Jackson reading can
 * start over from the first byte when the scanner gives up: it then sees exactly the bytes, and the read failure, that
 * it would have seen alone.
 */
final class ReplayableInput {
    /**
     * Kept bytes go into arrays this large, filled one after the other: large enough that the collector allocates them
     * outside the young generation (G1's humongous objects) instead of copying a document's worth of small arrays.
     */
    static final int KEPT_ARRAY = 4 << 20;

    private final InputStream in;
    private final long limit;
    private final List<byte[]> kept = new ArrayList<>();
    private int lastLength; // bytes used in the last kept array
    private long keptBytes;
    private IOException failure;

    /** Keeps at most about {@code limit} bytes; {@link #overLimit()} tells when more were read. */
    ReplayableInput(InputStream in, long limit) {
        this.in = in;
        this.limit = limit;
    }

    int read(byte[] b, int off, int len) throws IOException {
        int n;
        try {
            n = in.read(b, off, len);
        } catch (IOException e) {
            failure = e;
            throw e;
        }
        for (int done = 0; done < n; ) {
            if (kept.isEmpty() || lastLength == KEPT_ARRAY) {
                long room = limit - keptBytes; // a small limit (tests) needs no large array
                kept.add(new byte[(int) Math.min(KEPT_ARRAY, Math.max(n - done, room < KEPT_ARRAY ? room + 1 : KEPT_ARRAY))]);
                lastLength = 0;
            }
            byte[] last = kept.get(kept.size() - 1);
            int part = Math.min(n - done, last.length - lastLength);
            System.arraycopy(b, off + done, last, lastLength, part);
            lastLength += part;
            done += part;
            keptBytes += part;
            if (lastLength == last.length) {
                lastLength = KEPT_ARRAY; // full: the next bytes go into a new array
            }
        }
        return n;
    }

    /** More was read than the limit: the scanner must give up while every byte can still be given again. */
    boolean overLimit() {
        return keptBytes > limit;
    }

    /** The input from its first byte: what was read, then the failure that stopped reading, or the bytes not read. */
    InputStream fromTheStart() {
        List<InputStream> parts = new ArrayList<>(kept.size() + 1);
        for (int i = 0; i < kept.size(); i++) {
            byte[] b = kept.get(i);
            parts.add(new ByteArrayInputStream(b, 0, i < kept.size() - 1 || lastLength == KEPT_ARRAY ? b.length : lastLength));
        }
        kept.clear();
        IOException failed = failure;
        parts.add(failed == null ? in : new InputStream() {
            @Override
            public int read() throws IOException {
                throw failed;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                throw failed;
            }
        });
        return new SequenceInputStream(Collections.enumeration(parts));
    }
}
