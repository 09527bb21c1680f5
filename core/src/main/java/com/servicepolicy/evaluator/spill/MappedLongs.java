package com.servicepolicy.evaluator.spill;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A fixed-size array of longs outside the Java heap, zero when created: a private (copy-on-write) mapping of a
 * sparse temporary file, so the pages written are the process's own memory and are never written back. A shared
 * mapping of a file made the kernel write a table of millions of randomly placed entries back over and over (a
 * 2 GiB table at gigabytes per second) and held a 5M-interaction run for minutes. Mapped in chunks of 2^27 longs
 * (1 GiB), the most one mapping holds.
 */
final class MappedLongs implements LongArray {
    private static final int CHUNK_BITS = 27;
    private static final long CHUNK_MASK = (1L << CHUNK_BITS) - 1;

    private final MappedByteBuffer[] chunks;
    private final long length;

    /** {@code length} zeros, mapped from a new temporary file of {@code dir} that is deleted at once. */
    MappedLongs(Path dir, long length) {
        this.length = length;
        int n = (int) ((length + CHUNK_MASK) >>> CHUNK_BITS);
        chunks = new MappedByteBuffer[Math.max(1, n)];
        Path file;
        try {
            file = Files.createTempFile(dir, "longs-", ".bin");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary file in " + dir, e);
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.allocate(1), Math.max(8, length * 8) - 1); // sparse: holes read as zeros
            for (int i = 0; i < chunks.length; i++) {
                long first = (long) i << CHUNK_BITS;
                long longs = Math.min(1L << CHUNK_BITS, length - first);
                chunks[i] = channel.map(FileChannel.MapMode.PRIVATE, first * 8, Math.max(8, longs * 8));
            }
        } catch (IOException e) {
            file.toFile().delete();
            throw new UncheckedIOException("cannot map " + file + ": " + e.getMessage(), e);
        }
        try {
            Files.delete(file); // the mapping keeps its pages; nothing is left behind if the process dies
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }

    @Override
    public long length() {
        return length;
    }

    @Override
    public long get(long i) {
        return chunks[(int) (i >>> CHUNK_BITS)].getLong((int) (i & CHUNK_MASK) << 3);
    }

    @Override
    public void set(long i, long value) {
        chunks[(int) (i >>> CHUNK_BITS)].putLong((int) (i & CHUNK_MASK) << 3, value);
    }
}
