package com.servicepolicy.evaluator.quality;

import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.event.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tracks written out of the heap and put together at the end give exactly the findings, counts and list, of tracks
 * held: a 10M-interaction log's tracks filled a 1 GB heap.
 */
class SpilledDataQualityTest {
    private static final EventType[] TYPES = {EventType.OPENED, EventType.OPENED, EventType.AGENT_REPLY,
            EventType.CUSTOMER_MESSAGE, EventType.RESOLVED};

    @Test
    void spilledTracksFindWhatHeldTracksFind(@TempDir Path dir) throws IOException {
        List<Event> log = randomLog(new Random(7), 60_000, 9_000);
        List<ZoneId> zones = List.of(ZoneId.of("America/New_York"));
        Findings held = run(new DataQuality(zones), log);

        for (int maxTracks : new int[] {1, 50, 2_999}) {
            Findings spilled = run(new DataQuality(zones, dir, maxTracks), log);

            assertThat(spilled.counts()).as("max %d tracks", maxTracks).isEqualTo(held.counts());
            assertThat(spilled.listed()).as("max %d tracks", maxTracks).containsExactlyElementsOf(held.listed());
            try (var left = Files.list(dir)) {
                assertThat(left).as("nothing left behind").isEmpty();
            }
        }
        assertThat(held.counts().values()).as("a kind with more than are listed").anyMatch(n -> n > DataQuality.LISTED_PER_KIND);
        assertThat(held.counts()).containsKeys(FindingKind.NEVER_OPENED, FindingKind.SECOND_OPENED, FindingKind.TWO_CUSTOMERS,
                FindingKind.RESOLVED_BEFORE_OPENED, FindingKind.EVENTS_BEFORE_OPENED);
    }

    /**
     * Held or spilled, the interactions' findings are what each interaction's whole history shows, computed here
     * the plain way (tracks forget the ids that can no longer be reported; this checks that they forget no other).
     */
    @Test
    void tracksFindWhatEachInteractionsWholeHistoryShows(@TempDir Path dir) {
        for (long seed = 1; seed <= 5; seed++) {
            List<Event> shuffled = randomLog(new Random(seed), 30_000, 4_000);
            // as a night hands them over: each interaction's events one after another
            List<Event> inRuns = shuffled.stream().sorted(Comparator.comparing(Event::getInteractionId)).toList();
            for (List<Event> log : List.of(shuffled, inRuns)) {
                Findings expected = wholeHistories(log);
                for (DataQuality quality : List.of(new DataQuality(List.of()), new DataQuality(List.of(), dir, 97))) {
                    Findings found = run(quality, log);
                    assertThat(found.counts()).as("seed %d", seed).isEqualTo(expected.counts());
                    assertThat(found.listed()).as("seed %d", seed).containsExactlyElementsOf(expected.listed());
                }
            }
        }
    }

    /** The interactions' findings from their whole histories, listed as DataQuality lists them (first seen kept). */
    private static Findings wholeHistories(List<Event> log) {
        Map<String, List<Event>> byInteraction = new LinkedHashMap<>();
        log.forEach(e -> byInteraction.computeIfAbsent(e.getInteractionId(), k -> new ArrayList<>()).add(e));
        Map<FindingKind, Long> counts = new EnumMap<>(FindingKind.class);
        Map<FindingKind, List<Finding>> firstSeen = new EnumMap<>(FindingKind.class);
        BiConsumer<FindingKind, Finding> add = (kind, finding) -> {
            counts.merge(kind, 1L, Long::sum);
            List<Finding> kept = firstSeen.computeIfAbsent(kind, k -> new ArrayList<>());
            if (kept.size() < DataQuality.LISTED_PER_KIND) {
                kept.add(finding); // interactions come in order of their first event
            }
        };
        byInteraction.forEach((id, events) -> {
            List<Event> opened = events.stream().filter(e -> e.getType() == EventType.OPENED).toList();
            if (opened.isEmpty()) {
                add.accept(FindingKind.NEVER_OPENED, new Finding(FindingKind.NEVER_OPENED, id,
                        "events from " + events.get(0).getEventId() + " on, but no OPENED"));
                return;
            }
            long openedAt = opened.stream().mapToLong(Event::getAt).min().orElseThrow();
            if (opened.size() > 1) {
                add.accept(FindingKind.SECOND_OPENED, new Finding(FindingKind.SECOND_OPENED, id,
                        "OPENED " + opened.size() + " times; the first counts"));
            }
            String customer = events.get(0).getCustomerId();
            events.stream().map(Event::getCustomerId).filter(c -> !c.equals(customer)).findFirst().ifPresent(other ->
                    add.accept(FindingKind.TWO_CUSTOMERS, new Finding(FindingKind.TWO_CUSTOMERS, id,
                            "events of customers " + customer + " and " + other)));
            earliest(events, e -> e.getType() == EventType.RESOLVED).filter(r -> r.getAt() < openedAt).ifPresent(r ->
                    add.accept(FindingKind.RESOLVED_BEFORE_OPENED, new Finding(FindingKind.RESOLVED_BEFORE_OPENED, id,
                            r.getEventId() + " resolves it at " + r.instant() + ", before its OPENED at "
                                    + Instant.ofEpochMilli(openedAt))));
            earliest(events, e -> e.getType() != EventType.RESOLVED && e.getType() != EventType.OPENED)
                    .filter(o -> o.getAt() < openedAt).ifPresent(o ->
                            add.accept(FindingKind.EVENTS_BEFORE_OPENED, new Finding(FindingKind.EVENTS_BEFORE_OPENED, id,
                                    o.getEventId() + " at " + o.instant() + " comes before its OPENED at "
                                            + Instant.ofEpochMilli(openedAt))));
        });
        List<Finding> listed = new ArrayList<>();
        firstSeen.values().forEach(listed::addAll);
        listed.sort(Comparator.comparing(Finding::kind).thenComparing(Finding::subject));
        return new Findings(counts, listed);
    }

    /** The earliest of the events that match, the first in the log among equal times. */
    private static Optional<Event> earliest(List<Event> events, Predicate<Event> which) {
        return events.stream().filter(which).reduce((a, b) -> b.getAt() < a.getAt() ? b : a);
    }

    private static Findings run(DataQuality quality, List<Event> log) {
        log.forEach(quality::accept);
        return quality.finish();
    }

    /** Interactions' events interleaved at random, some with another customer, times out of order, equal times, a tenth never opened. */
    private static List<Event> randomLog(Random random, int events, int interactions) {
        List<Event> log = new ArrayList<>();
        long start = 1_772_000_000_000L;
        for (int i = 0; i < events; i++) {
            int interaction = random.nextInt(interactions);
            String customer = "c" + (random.nextInt(50) == 0 ? random.nextInt(3) : interaction % 1_000);
            long at = start + 60_000L * random.nextInt(5_000);
            EventType type = interaction % 10 == 0 ? EventType.AGENT_REPLY : TYPES[random.nextInt(TYPES.length)]; // never opened
            log.add(Event.builder().eventId("e" + i).type(type)
                    .interactionId("I" + interaction).customerId(customer).at(java.time.Instant.ofEpochMilli(at)).build());
        }
        return log;
    }
}
