package com.servicepolicy.evaluator.spill;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Append-only storage of ids with a long each (where the id was first seen), in memory-mapped temporary
 * files of at most 256 MiB: outside the Java heap. A record is addressed by one long and never crosses a chunk.
 * An id is kept exactly: Latin-1 bytes when every char fits in one, else UTF-16 chars. The first file is sized for
 * the ids expected and each later one twice the one before: every file is written full of zeros when made (so that
 * a full disk is an exception then), and a first file of 256 MiB cost every night, however small, 0.75 s.
 */
final class MappedIdArena {
    private static final int CHUNK_BITS = 28;
    private static final int CHUNK_SIZE = 1 << CHUNK_BITS;

    /** Bytes a record takes for a typical id (length, about 20 Latin-1 chars, the long), for the first file's size. */
    private static final int TYPICAL_RECORD = 32;
    private static final int MIN_CHUNK_SIZE = 1 << 20;

    private final Path dir;
    private final List<MappedByteBuffer> chunks = new ArrayList<>();
    private MappedByteBuffer current;
    private int nextChunkSize;

    /** Room for about {@code expectedIds} typical ids in the first file. */
    MappedIdArena(Path dir, long expectedIds) {
        this.dir = dir;
        this.nextChunkSize = (int) Math.min(CHUNK_SIZE, Math.max(MIN_CHUNK_SIZE, expectedIds * TYPICAL_RECORD));
    }

    /** Appends {@code id} with {@code value}; returns its address. */
    long add(String id, long value) {
        boolean latin1 = isLatin1(id);
        int size = 4 + (latin1 ? id.length() : 2 * id.length()) + 8;
        if (size > CHUNK_SIZE) {
            throw new IllegalArgumentException("id longer than " + (CHUNK_SIZE >> 21) + " Mi characters");
        }
        if (current == null || current.remaining() < size) {
            current = newChunk(size);
        }
        long address = ((long) (chunks.size() - 1) << CHUNK_BITS) | current.position();
        current.putInt(latin1 ? id.length() : -1 - id.length());
        for (int i = 0; i < id.length(); i++) {
            if (latin1) {
                current.put((byte) id.charAt(i));
            } else {
                current.putChar(id.charAt(i));
            }
        }
        current.putLong(value);
        return address;
    }

    /** Whether the record at {@code address} holds exactly {@code id}. */
    boolean idEquals(long address, String id) {
        MappedByteBuffer chunk = chunks.get((int) (address >>> CHUNK_BITS));
        int at = (int) (address & (CHUNK_SIZE - 1));
        int header = chunk.getInt(at);
        boolean latin1 = header >= 0;
        int length = latin1 ? header : -1 - header;
        if (length != id.length()) {
            return false;
        }
        at += 4;
        for (int i = 0; i < length; i++) {
            char c = latin1 ? (char) (chunk.get(at + i) & 0xFF) : chunk.getChar(at + 2 * i);
            if (c != id.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The value stored with the record at {@code address}. */
    long value(long address) {
        MappedByteBuffer chunk = chunks.get((int) (address >>> CHUNK_BITS));
        int at = (int) (address & (CHUNK_SIZE - 1));
        int header = chunk.getInt(at);
        int bytes = header >= 0 ? header : 2 * (-1 - header);
        return chunk.getLong(at + 4 + bytes);
    }

    /** A new file of the next size, or larger if one record of {@code recordSize} bytes needs it. */
    private MappedByteBuffer newChunk(int recordSize) {
        int chunkSize = Math.max(nextChunkSize, recordSize);
        nextChunkSize = (int) Math.min(CHUNK_SIZE, 2L * chunkSize);
        Path file = null;
        try {
            file = Files.createTempFile(dir, "ids-", ".bin");
            MappedByteBuffer chunk;
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                allocate(channel, chunkSize);
                chunk = channel.map(FileChannel.MapMode.READ_WRITE, 0, chunkSize);
            }
            Files.delete(file);
            chunks.add(chunk);
            return chunk;
        } catch (IOException e) {
            if (file != null) {
                file.toFile().delete();
            }
            throw new UncheckedIOException("cannot map a temporary file in " + dir + ": " + e.getMessage(), e);
        }
    }

    static boolean isLatin1(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (s.charAt(i) > 0xFF) {
                return false;
            }
        }
        return true;
    }

    /**
     * Writes zeros to the first {@code bytes} of {@code channel}'s file, so that a full disk is an IOException
     * now: a mapping of a sparse file whose pages cannot be allocated later faults the JVM in compiled code
     * (an InternalError, not an exception a caller can report).
     */
    private static void allocate(FileChannel channel, long bytes) throws IOException {
        ByteBuffer zeros = ByteBuffer.allocateDirect(1 << 20);
        for (long at = channel.size(); at < bytes; ) {
            zeros.clear().limit((int) Math.min(zeros.capacity(), bytes - at));
            at += channel.write(zeros, at);
        }
    }
}
