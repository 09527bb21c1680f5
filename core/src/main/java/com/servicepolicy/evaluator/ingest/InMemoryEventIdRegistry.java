package com.servicepolicy.evaluator.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Keeps every accepted id with its first location packed into one long (source index in the high bits, line in
 * the low 40 bits), in an open-addressing table: each slot's id hash (marked as taken) and location side by side in
 * one array, the ids in another. A {@code HashMap<String, Long>} cost a node and a boxed long per id (~56 bytes, and
 * young-generation copies of both while a log was read) and two or three cache misses per look-up; here a new id,
 * the usual case, costs one miss in the slots (an equal hash is then confirmed on the id, so the check stays exact),
 * ~40 bytes at the table's load, and arrays allocated once per doubling. The ids' {@code hashCode} is usually
 * computed on a parsing thread already ({@link RawEvent#validateAhead}).
 */
final class InMemoryEventIdRegistry implements EventIdRegistry {
    private static final int LINE_BITS = 40;
    private static final long LINE_MASK = (1L << LINE_BITS) - 1;
    private static final int INITIAL_CAPACITY = 1 << 10;
    private static final int SLOT_BITS = 29;
    private static final long SLOT_MASK = (1L << SLOT_BITS) - 1;
    private static final long PLACEMENT_MASK = (1L << (Long.SIZE - 1 - SLOT_BITS)) - 1;
    private static final int MAX_CAPACITY = 1 << SLOT_BITS; // slots: twice as many longs
    /** The most ids it holds (at half its largest capacity). */
    static final int MAX_IDS = MAX_CAPACITY / 2;

    private final List<String> sources = new ArrayList<>();
    private long[] slots = new long[2 * INITIAL_CAPACITY]; // [2i]: the id's hash, marked taken; [2i + 1]: its location
    private String[] ids = new String[INITIAL_CAPACITY];
    private int size;

    @Override
    public boolean add(String eventId, String source, long line) {
        long mark = mark(eventId.hashCode());
        int slot = find(eventId, mark);
        if (slots[2 * slot] != 0) {
            return false; // a duplicate: the first location stays
        }
        slots[2 * slot] = mark;
        slots[2 * slot + 1] = ((long) sourceIndex(source) << LINE_BITS) | (line & LINE_MASK);
        ids[slot] = eventId;
        if (++size > ids.length / 2) {
            grow();
        }
        return true;
    }

    @Override
    public Optional<SourceLine> firstSeen(String eventId) {
        int slot = find(eventId, mark(eventId.hashCode()));
        if (slots[2 * slot] == 0) {
            return Optional.empty();
        }
        long packed = slots[2 * slot + 1];
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
        long[] order = new long[size]; // the placement's low 34 bits, then the slot (< 2^29): any order is correct
        int n = 0;
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] != null) {
                order[n++] = (other.placement(ids[i]) & PLACEMENT_MASK) << SLOT_BITS | i;
            }
        }
        Arrays.parallelSort(order, 0, n);
        for (int k = 0; k < n; k++) {
            int i = (int) (order[k] & SLOT_MASK);
            long packed = slots[2 * i + 1];
            other.add(ids[i], sources.get((int) (packed >>> LINE_BITS)), packed & LINE_MASK);
        }
    }

    /** A hash as kept in a slot: never 0, which marks an empty slot. */
    private static long mark(int hash) {
        return ((long) hash << 1) | 1;
    }

    /** The slot holding {@code id}, or the empty slot where it would go (linear probing). */
    private int find(String id, long mark) {
        int mask = ids.length - 1;
        int slot = spread((int) (mark >>> 1)) & mask;
        long taken;
        while ((taken = slots[2 * slot]) != 0 && (taken != mark || !ids[slot].equals(id))) {
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
        if (ids.length >= MAX_CAPACITY) { // Java's arrays end there; a log this large is spilled, with a registry on disk
            throw new IllegalStateException("more than " + MAX_IDS + " event ids to hold in memory");
        }
        long[] oldSlots = slots;
        String[] oldIds = ids;
        int capacity = 2 * oldIds.length;
        slots = new long[2 * capacity];
        ids = new String[capacity];
        int mask = capacity - 1;
        for (int i = 0; i < oldIds.length; i++) {
            long mark = oldSlots[2 * i];
            if (mark != 0) {
                int slot = spread((int) (mark >>> 1)) & mask;
                while (slots[2 * slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[2 * slot] = mark;
                slots[2 * slot + 1] = oldSlots[2 * i + 1];
                ids[slot] = oldIds[i];
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
