package com.servicepolicy.evaluator.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Keeps every accepted id with its first location packed into one long (source index in the high bits, line in
 * the low 40 bits). The ids and locations are held in the order they came, in two arrays filled from the front; an
 * open-addressing table finds them, one long per slot: the id's hash in the high half and its index (plus one, so that
 * 0 marks an empty slot) in the low half. A {@code HashMap<String, Long>} cost a node and a boxed long per id (~56
 * bytes) and two or three cache misses per look-up; a new id, the usual case, costs here one miss in the table (an
 * equal hash is then confirmed on the id, so the check stays exact) and writes at the arrays' ends, which are in the
 * cache: ~30 bytes per id at the table's load. (A table of hash and location side by side, with the ids in a second
 * table, cost a second miss per new id to store it, and twice the memory: NYC 311's 2.9M ids spent a third of the
 * reading thread's time here.) The ids' {@code hashCode} is usually computed on a parsing thread already
 * ({@link RawEvent#validateAhead}); records validated ahead hand it over with the id ({@link AheadRecords}), and the
 * slots of the next ids are read before they are needed ({@link #expect}).
 */
final class InMemoryEventIdRegistry implements EventIdRegistry {
    private static final int LINE_BITS = 40;
    private static final long LINE_MASK = (1L << LINE_BITS) - 1;
    private static final int INITIAL_CAPACITY = 1 << 10;
    private static final int SLOT_BITS = 29;
    private static final long SLOT_MASK = (1L << SLOT_BITS) - 1;
    private static final long PLACEMENT_MASK = (1L << (Long.SIZE - 1 - SLOT_BITS)) - 1;
    private static final long INDEX_MASK = 0xFFFF_FFFFL;
    private static final int MAX_CAPACITY = 1 << SLOT_BITS;
    /** The most ids it holds (at half its largest capacity). */
    static final int MAX_IDS = MAX_CAPACITY / 2;

    private final List<String> sources = new ArrayList<>();
    private long[] table = new long[INITIAL_CAPACITY]; // per slot: the id's hash << 32 | its index + 1; 0 is empty
    private String[] ids = new String[INITIAL_CAPACITY / 2]; // by index: in the order added
    private long[] locations = new long[INITIAL_CAPACITY / 2];
    private int size;
    private long expectedSum; // written by expect, read by nobody

    @Override
    public boolean add(String eventId, String source, long line) {
        return add(eventId, eventId.hashCode(), source, line);
    }

    @Override
    public boolean add(String eventId, int hash, String source, long line) {
        int slot = find(eventId, hash);
        if (table[slot] != 0) {
            return false; // a duplicate: the first location stays
        }
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, 2 * size);
            locations = Arrays.copyOf(locations, 2 * size);
        }
        ids[size] = eventId;
        locations[size] = ((long) sourceIndex(source) << LINE_BITS) | (line & LINE_MASK);
        table[slot] = ((long) hash << 32) | (size + 1);
        if (++size > table.length / 2) {
            grow();
        }
        return true;
    }

    /**
     * Reads the slots where ids of these hashes would go, one after the other: each is a cache miss (and a TLB miss:
     * NYC 311's table is 64 MB), and loads that do not wait for each other overlap, where {@link #add}'s, one per id
     * after the work of the id before, do not. The sum only keeps the compiler from leaving the reads out.
     */
    @Override
    public void expect(int[] hashes, int from, int to) {
        long[] t = table;
        int mask = t.length - 1;
        long sum = 0;
        for (int i = from; i < to; i++) {
            sum += t[spread(hashes[i]) & mask];
        }
        expectedSum = sum;
    }

    @Override
    public Optional<SourceLine> firstSeen(String eventId) {
        long taken = table[find(eventId, eventId.hashCode())];
        if (taken == 0) {
            return Optional.empty();
        }
        long packed = locations[index(taken)];
        return Optional.of(new SourceLine(sources.get((int) (packed >>> LINE_BITS)), packed & LINE_MASK));
    }

    int size() {
        return size;
    }

    /**
     * Registers every id of this registry, at its first location, in {@code other}, in the order of its
     * {@link EventIdRegistry#placement}: added at random, millions of ids dirtied a memory-mapped table's pages over
     * and over, and the kernel's write-back of them held a run for minutes; in order, each page is written once.
     */
    void copyTo(EventIdRegistry other) {
        long[] order = new long[size]; // the placement's low 34 bits, then the index (< 2^29): any order is correct
        for (int i = 0; i < size; i++) {
            order[i] = (other.placement(ids[i]) & PLACEMENT_MASK) << SLOT_BITS | i;
        }
        Arrays.parallelSort(order, 0, size);
        for (int k = 0; k < size; k++) {
            int i = (int) (order[k] & SLOT_MASK);
            long packed = locations[i];
            other.add(ids[i], sources.get((int) (packed >>> LINE_BITS)), packed & LINE_MASK);
        }
    }

    private static int index(long taken) {
        return (int) (taken & INDEX_MASK) - 1;
    }

    /** The slot holding {@code id}, or the empty slot where it would go (linear probing). */
    private int find(String id, int hash) {
        int mask = table.length - 1;
        int slot = spread(hash) & mask;
        long taken;
        while ((taken = table[slot]) != 0 && ((int) (taken >>> 32) != hash || !ids[index(taken)].equals(id))) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** Mixes the high bits in: String hashes of ids that differ in their last characters are close together. */
    private static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private void grow() {
        if (table.length >= MAX_CAPACITY) { // Java's arrays end there; a log this large is spilled, with a registry on disk
            throw new IllegalStateException("more than " + MAX_IDS + " event ids to hold in memory");
        }
        long[] old = table;
        table = new long[2 * old.length];
        int mask = table.length - 1;
        for (long taken : old) {
            if (taken != 0) {
                int slot = spread((int) (taken >>> 32)) & mask;
                while (table[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = taken;
            }
        }
    }

    private int sourceIndex(String source) {
        // Runs have few sources and consecutive lines share one, so check the last one first.
        int last = sources.size() - 1;
        if (last >= 0 && sources.get(last).equals(source)) {
            return last;
        }
        int i = sources.indexOf(source);
        if (i >= 0) {
            return i;
        }
        sources.add(source);
        return last + 1;
    }
}
