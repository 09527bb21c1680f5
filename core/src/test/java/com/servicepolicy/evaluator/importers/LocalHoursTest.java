package com.servicepolicy.evaluator.importers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Remembering offsets per hour gives what ZonedDateTime.of gives, also in the gaps and overlaps of transitions. */
class LocalHoursTest {
    private static final String[] ZONES = {"America/New_York", "Europe/Lisbon", "Australia/Lord_Howe", "Asia/Kathmandu",
            "UTC", "Pacific/Apia", "America/St_Johns", "Europe/Moscow", "Africa/Casablanca"};

    @Test
    void agreesWithZonedDateTimeAtRandomAndAroundTransitions() {
        Random random = new Random(31);
        for (String name : ZONES) {
            ZoneId zone = ZoneId.of(name);
            LocalHours hours = new LocalHours(zone);
            for (int i = 0; i < 30_000; i++) {
                long local = random.nextBoolean()
                        ? Math.floorMod(random.nextLong(), 253_402_300_800L + 62_167_219_200L) - 62_167_219_200L
                        : nearATransition(zone, random);
                // twice: the first may fill the hour's slot, the second reads it
                assertThat(hours.epochSecond(local)).as(name + " " + local).isEqualTo(reference(local, zone));
                assertThat(hours.epochSecond(local)).as(name + " " + local).isEqualTo(reference(local, zone));
            }
        }
    }

    private static long nearATransition(ZoneId zone, Random random) {
        Instant from = Instant.ofEpochSecond((long) (random.nextDouble() * 4_000_000_000L) - 1_000_000_000L);
        ZoneOffsetTransition t = zone.getRules().nextTransition(from);
        long at = t == null ? from.getEpochSecond() : t.toEpochSecond() + t.getOffsetBefore().getTotalSeconds();
        return at + random.nextInt(4 * 3_600) - 2 * 3_600;
    }

    private static long reference(long local, ZoneId zone) {
        return ZonedDateTime.of(LocalDateTime.ofEpochSecond(local, 0, ZoneOffset.UTC), zone).toEpochSecond();
    }
}
