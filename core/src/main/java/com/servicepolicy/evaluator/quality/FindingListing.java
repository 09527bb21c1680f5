package com.servicepolicy.evaluator.quality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The interactions' findings as they are found, in any order: every one counted, and per kind the {@code perKind}
 * first-seen ones kept for the list, so that tracks put together partition by partition list what reading in order
 * lists.
 */
final class FindingListing {
    private record Kept(long firstSeen, Finding finding) {
    }

    private final int perKind;
    private final Map<FindingKind, Long> counts = new EnumMap<>(FindingKind.class);
    private final Map<FindingKind, PriorityQueue<Kept>> kept = new EnumMap<>(FindingKind.class);

    FindingListing(int perKind) {
        this.perKind = perKind;
    }

    void add(FindingKind kind, long firstSeen, String subject, String detail) {
        counts.merge(kind, 1L, Long::sum);
        PriorityQueue<Kept> queue = kept.computeIfAbsent(kind,
                k -> new PriorityQueue<>(Comparator.comparingLong(Kept::firstSeen).reversed())); // latest on top
        if (queue.size() < perKind) {
            queue.add(new Kept(firstSeen, new Finding(kind, subject, detail)));
        } else if (firstSeen < queue.peek().firstSeen()) {
            queue.poll();
            queue.add(new Kept(firstSeen, new Finding(kind, subject, detail)));
        }
    }

    Map<FindingKind, Long> counts() {
        return counts;
    }

    List<Finding> listed() {
        List<Finding> listed = new ArrayList<>();
        kept.values().forEach(queue -> queue.forEach(k -> listed.add(k.finding())));
        return listed;
    }
}
