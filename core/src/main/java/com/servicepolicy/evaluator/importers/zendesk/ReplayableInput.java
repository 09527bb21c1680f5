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
    private final InputStream in;
    private final long limit;
    private final List<byte[]> kept = new ArrayList<>();
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
        if (n > 0) {
            byte[] copy = new byte[n];
            System.arraycopy(b, off, copy, 0, n);
            kept.add(copy);
            keptBytes += n;
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
        kept.forEach(b -> parts.add(new ByteArrayInputStream(b)));
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
