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
 * A fixed-size array of longs in a memory-mapped temporary file: outside the Java heap, paged by the
 * operating system, zero when created. Mapped in chunks of 2^27 longs (1 GiB), the most one mapping holds.
 */
final class MappedLongs {
    private static final int CHUNK_BITS = 27;
    private static final long CHUNK_MASK = (1L << CHUNK_BITS) - 1;

    private final MappedByteBuffer[] chunks;
    private final long length;

    /** {@code length} zeros in a new temporary file of {@code dir}. */
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
            allocate(channel, Math.max(8, length * 8));
            for (int i = 0; i < chunks.length; i++) {
                long first = (long) i << CHUNK_BITS;
                long longs = Math.min(1L << CHUNK_BITS, length - first);
                chunks[i] = channel.map(FileChannel.MapMode.READ_WRITE, first * 8, Math.max(8, longs * 8));
            }
        } catch (IOException e) {
            file.toFile().delete();
            throw new UncheckedIOException("cannot map " + file + ": " + e.getMessage(), e);
        }
        try {
            Files.delete(file); // the mapping keeps the pages; nothing is left behind if the process dies
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }

    /**
     * Writes zeros to the first {@code bytes} of {@code channel}'s file, so that a full disk is an IOException
     * now: a mapping of a sparse file whose pages cannot be allocated later faults the JVM in compiled code
     * (an InternalError, not an exception a caller can report).
     */
    static void allocate(FileChannel channel, long bytes) throws IOException {
        ByteBuffer zeros = ByteBuffer.allocateDirect(1 << 20);
        for (long at = channel.size(); at < bytes; ) {
            zeros.clear().limit((int) Math.min(zeros.capacity(), bytes - at));
            at += channel.write(zeros, at);
        }
    }

    long length() {
        return length;
    }

    long get(long i) {
        return chunks[(int) (i >>> CHUNK_BITS)].getLong((int) (i & CHUNK_MASK) << 3);
    }

    void set(long i, long value) {
        chunks[(int) (i >>> CHUNK_BITS)].putLong((int) (i & CHUNK_MASK) << 3, value);
    }
}
