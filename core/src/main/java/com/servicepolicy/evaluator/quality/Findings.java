package com.servicepolicy.evaluator.quality;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link DataQuality} found: per kind, how many (interactions, or events for midnight times) and the first of them
 * listed (at most {@link DataQuality#LISTED_PER_KIND} per kind, so that a huge broken log cannot fill the memory).
 */
public record Findings(Map<FindingKind, Long> counts, List<Finding> listed) {
    public Findings {
        counts = Map.copyOf(counts);
        listed = List.copyOf(listed);
    }

    public static final Findings NONE = new Findings(new EnumMap<>(FindingKind.class), List.of());

    public boolean isEmpty() {
        return counts.isEmpty();
    }

    public long count(FindingKind kind) {
        return counts.getOrDefault(kind, 0L);
    }

    public List<Finding> listed(FindingKind kind) {
        return listed.stream().filter(f -> f.kind() == kind).toList();
    }
}
