package com.servicepolicy.evaluator.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.event.EventType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fed on its own thread, in batches, the check finds exactly what it finds fed directly. */
class BackgroundDataQualityTest {
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("America/New_York"));

    @Test
    void findsWhatTheDirectCheckFindsOverManyBatches() {
        List<Event> log = randomLog(50_000, new Random(5));
        DataQuality direct = new DataQuality(ZONES);
        log.forEach(direct::accept);
        BackgroundDataQuality background = new BackgroundDataQuality(new DataQuality(ZONES));
        log.forEach(background::accept);

        Findings expected = direct.finish();
        assertThat(expected.counts()).as("the random log has findings of several kinds").hasSizeGreaterThan(3);
        assertThat(background.finish()).isEqualTo(expected);
    }

    @Test
    void findsNothingInAnEmptyLog() {
        assertThat(new BackgroundDataQuality(new DataQuality(ZONES)).finish().isEmpty()).isTrue();
    }

    @Test
    void discardingLeavesNoTrackOnDisk(@TempDir Path dir) throws Exception {
        BackgroundDataQuality background = new BackgroundDataQuality(new DataQuality(ZONES, dir, 100));
        randomLog(20_000, new Random(6)).forEach(background::accept);
        background.discard(); // as a command that failed part way does
        try (var left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    private static List<Event> randomLog(int size, Random random) {
        EventType[] types = {EventType.OPENED, EventType.AGENT_REPLY, EventType.CUSTOMER_MESSAGE, EventType.RESOLVED};
        List<Event> log = new ArrayList<>();
        long start = 1_772_323_200_000L; // 2026-03-01T00:00:00Z
        for (int i = 0; i < size; i++) {
            long at = start + random.nextInt(40) * 86_400_000L + (random.nextInt(10) == 0 ? 0 : random.nextInt(86_400) * 1000L);
            int interaction = random.nextInt(size / 4);
            log.add(Event.builder().eventId("E" + i).type(types[random.nextInt(types.length)])
                    .interactionId("T" + interaction).customerId("c" + (random.nextInt(50) == 0 ? i : interaction))
                    .atMillis(at).build());
        }
        return log;
    }
}
