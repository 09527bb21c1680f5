package com.servicepolicy.evaluator.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.servicepolicy.evaluator.event.Event;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A time set as an instant ({@link RawEvent#setTime}, the source adapters' fast path) validates exactly as its text
 * does ({@code set(f, instant.toString())}, the reference): the same event or the same errors, for instants at random
 * and at the edges of the contract's range, with and without fractions of a second, and for both time fields.
 */
class RawEventTimeTest {
    @Test
    void anInstantValidatesAsItsText() {
        Random random = new Random(16);
        List<Instant> instants = new ArrayList<>(List.of(Times.EARLIEST, Times.LATEST, Times.EARLIEST.minusSeconds(1),
                Times.LATEST.plusSeconds(1), Times.LATEST.plusMillis(1), Times.EARLIEST.minusMillis(1),
                Instant.parse("2013-12-25T23:59:08Z"), Instant.parse("+10000-01-01T00:00:00Z"),
                Instant.parse("-0001-01-01T00:00:00Z"), Instant.parse("2016-02-29T01:16:00.5Z"),
                Instant.parse("2016-02-29T01:16:00.123456789Z"), Instant.MIN, Instant.MAX));
        for (int i = 0; i < 20_000; i++) {
            long seconds = random.nextInt(4) == 0 ? random.nextLong(-400_000_000_000L, 400_000_000_000L)
                    : random.nextLong(-100_000_000L, 33_000_000_000L);
            int nanos = switch (random.nextInt(4)) {
                case 0 -> random.nextInt(1_000) * 1_000_000;
                case 1 -> random.nextInt(1_000_000_000);
                default -> 0;
            };
            instants.add(Instant.ofEpochSecond(seconds, nanos));
        }
        for (Instant instant : instants) {
            for (EventField field : new EventField[]{EventField.AT, EventField.DUE_AT}) {
                RawEvent reference = callback().set(field, instant.toString());
                RawEvent fast = callback().setTime(field, instant);
                assertThat(fast.get(field)).as("%s %s", field, instant).isEqualTo(reference.get(field));
                assertThat(fast.toString()).isEqualTo(reference.toString());
                assertThat(outcome(fast)).as("%s %s", field, instant).isEqualTo(outcome(reference));
            }
        }
    }

    @Test
    void theLastValueSetWins() {
        Instant instant = Instant.parse("2020-05-01T10:00:00Z");
        assertThat(outcome(callback().setTime(EventField.AT, instant).set(EventField.AT, "2021-01-01T00:00:00Z")))
                .isEqualTo(outcome(callback().set(EventField.AT, "2021-01-01T00:00:00Z")));
        assertThat(outcome(callback().set(EventField.AT, "not a time").setTime(EventField.AT, instant)))
                .isEqualTo(outcome(callback().set(EventField.AT, instant.toString())));
        RawEvent failed = callback().setTime(EventField.AT, instant);
        failed.error(EventField.AT, "the source's time is broken");
        assertThat(failed.get(EventField.AT)).isNull();
        assertThat(outcome(failed)).contains("the source's time is broken").doesNotContain("2020");
    }

    /** A CALLBACK_PROMISED with every other required field, so that both times are read. */
    private static RawEvent callback() {
        return new RawEvent().set(EventField.EVENT_ID, "e1").set(EventField.TYPE, "CALLBACK_PROMISED")
                .set(EventField.AT, "2020-01-01T00:00:00Z").set(EventField.DUE_AT, "2020-01-02T00:00:00Z")
                .set(EventField.CUSTOMER_ID, "c1").set(EventField.INTERACTION_ID, "i1");
    }

    private static String outcome(RawEvent event) {
        ParseResult result = EventValidator.validate(event, 7);
        if (!result.isValid()) {
            return "invalid " + result.eventId() + " " + result.errors();
        }
        Event e = result.event();
        return "valid " + e + " at=" + e.getAt() + " dueAt=" + e.getDueAt() + " sequence=" + e.getSequence();
    }
}
