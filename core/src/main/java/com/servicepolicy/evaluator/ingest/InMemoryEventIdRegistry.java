package com.servicepolicy.evaluator.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keeps every accepted id with its first location packed into one long (source index in the high bits, line in
 * the low 40 bits), in an open-addressing table of three parallel arrays: each id's hash, the id itself and its
 * location. A {@code HashMap<String, Long>} cost a node and a boxed long per id (~56 bytes, and young-generation
 * copies of both while a log was read) and two or three cache misses per look-up; here a new id, the usual case,
 * costs one miss in the hash array (an equal hash is then confirmed on the id, so the check stays exact), ~32 bytes
 * at the table's load, and arrays the collector allocates once. The ids' {@code hashCode} is usually computed on a
 * parsing thread already ({@link RawEvent#validateAhead}).
 */
final class InMemoryEventIdRegistry implements EventIdRegistry {
    private static final int LINE_BITS = 40;
    private static final long LINE_MASK = (1L << LINE_BITS) - 1;
    private static final int INITIAL_CAPACITY = 1 << 10;

    private final List<String> sources = new ArrayList<>();
    private int[] hashes = new int[INITIAL_CAPACITY];
    private String[] ids = new String[INITIAL_CAPACITY];
    private long[] locations = new long[INITIAL_CAPACITY];
    private int size;

    @Override
    public boolean add(String eventId, String source, long line) {
        int hash = eventId.hashCode();
        int slot = find(eventId, hash);
        if (ids[slot] != null) {
            return false; // a duplicate: the first location stays
        }
        hashes[slot] = hash;
        ids[slot] = eventId;
        locations[slot] = ((long) sourceIndex(source) << LINE_BITS) | (line & LINE_MASK);
        if (++size > ids.length / 2) {
            grow();
        }
        return true;
    }

    @Override
    public Optional<SourceLine> firstSeen(String eventId) {
        int slot = find(eventId, eventId.hashCode());
        if (ids[slot] == null) {
            return Optional.empty();
        }
        long packed = locations[slot];
        return Optional.of(new SourceLine(sources.get((int) (packed >>> LINE_BITS)), packed & LINE_MASK));
    }

    int size() {
        return size;
    }

    /** Registers every id of this registry, at its first location, in {@code other}. */
    void copyTo(EventIdRegistry other) {
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] != null) {
                other.add(ids[i], sources.get((int) (locations[i] >>> LINE_BITS)), locations[i] & LINE_MASK);
            }
        }
    }

    /** The slot holding {@code id}, or the empty slot where it would go (linear probing). */
    private int find(String id, int hash) {
        int mask = ids.length - 1;
        int slot = spread(hash) & mask;
        while (ids[slot] != null && (hashes[slot] != hash || !ids[slot].equals(id))) {
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
        int[] oldHashes = hashes;
        String[] oldIds = ids;
        long[] oldLocations = locations;
        int capacity = 2 * oldIds.length;
        hashes = new int[capacity];
        ids = new String[capacity];
        locations = new long[capacity];
        int mask = capacity - 1;
        for (int i = 0; i < oldIds.length; i++) {
            if (oldIds[i] != null) {
                int slot = spread(oldHashes[i]) & mask;
                while (ids[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                hashes[slot] = oldHashes[i];
                ids[slot] = oldIds[i];
                locations[slot] = oldLocations[i];
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
