package com.servicepolicy.evaluator.ingest;

import java.util.Optional;
import java.util.function.Supplier;

/** In memory while small; past a number of ids, moves every id into a larger registry and goes on there. */
final class GrowingEventIdRegistry implements EventIdRegistry {
    private final long maxIds;
    private final Supplier<EventIdRegistry> larger;
    private InMemoryEventIdRegistry small = new InMemoryEventIdRegistry();
    private EventIdRegistry current = small;

    GrowingEventIdRegistry(long maxIds, Supplier<EventIdRegistry> larger) {
        this.maxIds = Math.min(maxIds, InMemoryEventIdRegistry.MAX_IDS - 1);
        this.larger = larger;
    }

    @Override
    public boolean add(String eventId, String source, long line) {
        return add(eventId, eventId.hashCode(), source, line);
    }

    @Override
    public boolean add(String eventId, int hash, String source, long line) {
        boolean added = current.add(eventId, hash, source, line);
        if (added && small != null && small.size() > maxIds) {
            current = larger.get();
            small.copyTo(current);
            small = null;
        }
        return added;
    }

    @Override
    public void expect(int[] hashes, int from, int to) {
        current.expect(hashes, from, to);
    }

    @Override
    public Optional<SourceLine> firstSeen(String eventId) {
        return current.firstSeen(eventId);
    }
}
