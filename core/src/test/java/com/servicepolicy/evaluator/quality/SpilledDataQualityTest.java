package com.servicepolicy.evaluator.quality;

import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.event.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

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
