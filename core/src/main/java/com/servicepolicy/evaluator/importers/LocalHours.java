package com.servicepolicy.evaluator.importers;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A zone's offset for a local time, remembered per local hour: {@link ZonedDateTime#of} looked the zone's transitions
 * up and made several objects for every time of an import (a third of converting a NYC 311 row). Only an hour that no
 * transition's gap or overlap touches is remembered, so every time in it has exactly one offset; any other time is
 * resolved by {@code ZonedDateTime.of} as before (a skipped time moves forward, a repeated one takes the earlier offset).
 * Shared by worker threads: each slot is one long, written whole.
 */
final class LocalHours {
    private static final int SLOTS = 1 << 12;
    private static final int OFFSET_BITS = 18;   // offsets are within ±18 h = ±64,800 s
    private static final int OFFSET_BIAS = 1 << 16;
    private static final long FAR = 20 * 3_600L; // beyond the largest offset: a transition farther away touches no hour here

    private final ZoneId zone;
    private final ZoneRules rules;
    private final AtomicLongArray slots = new AtomicLongArray(SLOTS); // hour << OFFSET_BITS | offset + bias; 0: empty

    LocalHours(ZoneId zone) {
        this.zone = zone;
        this.rules = zone.getRules();
    }

    /** The epoch second of the local time {@code localSecond} (seconds from 1970-01-01T00:00 local) in this zone. */
    long epochSecond(long localSecond) {
        long hour = Math.floorDiv(localSecond, 3_600);
        int slot = (int) (hour & (SLOTS - 1));
        long kept = slots.getOpaque(slot);
        if (kept != 0 && kept >> OFFSET_BITS == hour) {
            return localSecond - ((kept & ((1 << OFFSET_BITS) - 1)) - OFFSET_BIAS);
        }
        LocalDateTime local = LocalDateTime.ofEpochSecond(localSecond, 0, ZoneOffset.UTC);
        if (untouched(hour * 3_600)) {
            int offset = rules.getValidOffsets(local).get(0).getTotalSeconds();
            slots.setOpaque(slot, hour << OFFSET_BITS | (offset + OFFSET_BIAS));
            return localSecond - offset;
        }
        return ZonedDateTime.of(local, zone).toEpochSecond();
    }

    /** Whether no transition's local gap or overlap meets the hour from {@code start} (local seconds). */
    private boolean untouched(long start) {
        long end = start + 3_600;
        ZoneOffsetTransition t = rules.nextTransition(Instant.ofEpochSecond(start - FAR - 1));
        while (t != null && t.toEpochSecond() < end + FAR) {
            int before = t.getOffsetBefore().getTotalSeconds();
            int after = t.getOffsetAfter().getTotalSeconds();
            long from = t.toEpochSecond() + Math.min(before, after);
            long to = t.toEpochSecond() + Math.max(before, after);
            if (from < end && to > start) {
                return false;
            }
            t = rules.nextTransition(t.getInstant());
        }
        return true;
    }
}
