package com.servicepolicy.evaluator.ingest;

import java.util.Optional;

/**
 * The eventIds accepted so far in one run, to spot duplicates. One registry is shared by all files
 * of a run; a database-backed run supplies its own implementation. Only valid records are
 * registered, so an invalid line never makes a later valid line a duplicate.
 */
public interface EventIdRegistry {
    /**
     * Registers an accepted record's id.
     *
     * @return {@code true} if the id is new, {@code false} if it was already registered (the
     *         record is then a duplicate and the registry keeps the first location)
     */
    boolean add(String eventId, String source, long line);

    /** {@link #add(String, String, long)} of an id whose {@link String#hashCode} the caller has at hand. */
    default boolean add(String eventId, int hash, String source, long line) {
        return add(eventId, source, line);
    }

    /**
     * Ids with these hashes ({@code hashes[from, to)}, 0 for none) are the next to be added: a registry in memory reads
     * where they would go now, so that the cache misses of several overlap. A hint only; the default ignores it.
     */
    default void expect(int[] hashes, int from, int to) {
    }

    /** Where the id was first accepted, if this registry remembers; only called for duplicates. */
    default Optional<SourceLine> firstSeen(String eventId) {
        return Optional.empty();
    }

    /**
     * Where a new id would go in this registry, for adding many at once: ids added in increasing order of it
     * are written front to back (a table in a memory-mapped file); 0, the default, when the order does not matter.
     */
    default long placement(String eventId) {
        return 0;
    }

    /**
     * The in-memory registry until it holds {@code maxIds} ids, then (with every id so far) the registry
     * {@code larger} supplies, e.g. one outside the heap; not thread-safe.
     */
    static EventIdRegistry inMemoryUpTo(long maxIds, java.util.function.Supplier<EventIdRegistry> larger) {
        return new GrowingEventIdRegistry(maxIds, larger);
    }

    /** A registry in the heap that remembers first locations; not thread-safe. */
    static EventIdRegistry inMemory() {
        return new InMemoryEventIdRegistry();
    }
}
