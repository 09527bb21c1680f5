package com.servicepolicy.evaluator.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps every accepted id with its first location packed into one long (source index in the high
 * bits, line in the low 40 bits) so that millions of ids cost little more than a HashSet.
 */
final class InMemoryEventIdRegistry implements EventIdRegistry {
    private static final int LINE_BITS = 40;
    private static final long LINE_MASK = (1L << LINE_BITS) - 1;

    private final Map<String, Long> firstLocation = new HashMap<>();
    private final List<String> sources = new ArrayList<>();

    @Override
    public boolean add(String eventId, String source, long line) {
        long packed = ((long) sourceIndex(source) << LINE_BITS) | (line & LINE_MASK);
        return firstLocation.putIfAbsent(eventId, packed) == null; // one lookup, keeps the first
    }

    @Override
    public Optional<SourceLine> firstSeen(String eventId) {
        Long packed = firstLocation.get(eventId);
        if (packed == null) {
            return Optional.empty();
        }
        return Optional.of(new SourceLine(sources.get((int) (packed >>> LINE_BITS)), packed & LINE_MASK));
    }

    int size() {
        return firstLocation.size();
    }

    /** Registers every id of this registry, at its first location, in {@code other}. */
    void copyTo(EventIdRegistry other) {
        firstLocation.forEach((id, packed) -> other.add(id, sources.get((int) (packed >>> LINE_BITS)), packed & LINE_MASK));
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
