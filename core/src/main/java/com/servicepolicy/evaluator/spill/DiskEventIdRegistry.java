package com.servicepolicy.evaluator.spill;

import com.servicepolicy.evaluator.ingest.EventIdRegistry;
import com.servicepolicy.evaluator.ingest.SourceLine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * Every accepted eventId of a run, exactly, with the ids outside the Java heap: an open-addressing table of 64-bit
 * hashes and record addresses, 32 to 64 bytes an id, in the process's own memory (written at random, so never
 * backed by a file that the kernel would write back; {@link MappedLongs}), or in the heap when the caller grants
 * the tables room there ({@link LongArray#of}), and the ids themselves with their first location appended to
 * memory-mapped temporary files, paged to disk as they fill. A hash match is confirmed against the stored id, so
 * no two ids are ever confused. Used when a log is too large for the in-memory registry (about 40 bytes per id in
 * the heap).
 */
public final class DiskEventIdRegistry implements EventIdRegistry {
    private static final int LINE_BITS = 40;
    private static final long LINE_MASK = (1L << LINE_BITS) - 1;
    private static final double MAX_LOAD = 0.5;

    private final Path dir;
    private final ToLongFunction<String> hashFunction;
    private final MappedIdArena arena;
    private final List<String> sources = new ArrayList<>();
    private final Map<String, Integer> sourceIndexes = new HashMap<>(); // many sources: the night's store
    private final long tableHeapBytes;
    private LongArray hashes;
    private LongArray addresses; // address + 1; 0 = empty slot
    private long size;

    /** With the tables outside the heap. */
    public DiskEventIdRegistry(Path dir, long expectedIds) {
        this(dir, expectedIds, 0);
    }

    /** With each table in the heap while it takes at most {@code tableHeapBytes}, outside it once it grows larger. */
    public DiskEventIdRegistry(Path dir, long expectedIds, long tableHeapBytes) {
        this(dir, expectedIds, DiskEventIdRegistry::hash, tableHeapBytes);
    }

    /** With another hash function: tests make every id collide. */
    DiskEventIdRegistry(Path dir, long expectedIds, ToLongFunction<String> hashFunction, long tableHeapBytes) {
        this.dir = dir;
        this.hashFunction = hashFunction;
        this.tableHeapBytes = tableHeapBytes;
        this.arena = new MappedIdArena(dir, expectedIds);
        long capacity = Long.highestOneBit(Math.max(1 << 16, (long) (expectedIds / MAX_LOAD)) - 1) << 1;
        this.hashes = LongArray.of(dir, capacity, tableHeapBytes);
        this.addresses = LongArray.of(dir, capacity, tableHeapBytes);
    }

    /** Whether the tables are in the heap now. */
    boolean tablesInHeap() {
        return hashes instanceof HeapLongs;
    }

    long size() {
        return size;
    }

    @Override
    public boolean add(String eventId, String source, long line) {
        long hash = hashFunction.applyAsLong(eventId);
        long mask = hashes.length() - 1;
        for (long slot = hash & mask; ; slot = (slot + 1) & mask) {
            long address = addresses.get(slot);
            if (address == 0) {
                long packed = ((long) sourceIndex(source) << LINE_BITS) | (line & LINE_MASK);
                hashes.set(slot, hash);
                addresses.set(slot, arena.add(eventId, packed) + 1);
                if (++size > hashes.length() * MAX_LOAD) {
                    grow();
                }
                return true;
            }
            if (hashes.get(slot) == hash && arena.idEquals(address - 1, eventId)) {
                return false;
            }
        }
    }

    /** The id's home slot: ids added in its order fill the table front to back. */
    @Override
    public long placement(String eventId) {
        return hashFunction.applyAsLong(eventId) & (hashes.length() - 1);
    }

    @Override
    public Optional<SourceLine> firstSeen(String eventId) {
        long hash = hashFunction.applyAsLong(eventId);
        long mask = hashes.length() - 1;
        for (long slot = hash & mask; ; slot = (slot + 1) & mask) {
            long address = addresses.get(slot);
            if (address == 0) {
                return Optional.empty();
            }
            if (hashes.get(slot) == hash && arena.idEquals(address - 1, eventId)) {
                long packed = arena.value(address - 1);
                return Optional.of(new SourceLine(sources.get((int) (packed >>> LINE_BITS)), packed & LINE_MASK));
            }
        }
    }

    private void grow() {
        LongArray oldHashes = hashes;
        LongArray oldAddresses = addresses;
        hashes = LongArray.of(dir, oldHashes.length() * 2, tableHeapBytes);
        addresses = LongArray.of(dir, oldHashes.length() * 2, tableHeapBytes);
        long mask = hashes.length() - 1;
        for (long i = 0; i < oldHashes.length(); i++) {
            long address = oldAddresses.get(i);
            if (address != 0) {
                long hash = oldHashes.get(i);
                long slot = hash & mask;
                while (addresses.get(slot) != 0) {
                    slot = (slot + 1) & mask;
                }
                hashes.set(slot, hash);
                addresses.set(slot, address);
            }
        }
    }

    private int sourceIndex(String source) {
        int last = sources.size() - 1;
        if (last >= 0 && sources.get(last).equals(source)) {
            return last;
        }
        return sourceIndexes.computeIfAbsent(source, s -> {
            sources.add(s);
            return sources.size() - 1;
        });
    }

    /** FNV-1a over the chars, then MurmurHash3's finalizer so that the low bits (the slot) are well mixed. */
    static long hash(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0, n = id.length(); i < n; i++) {
            h = (h ^ id.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }
}
