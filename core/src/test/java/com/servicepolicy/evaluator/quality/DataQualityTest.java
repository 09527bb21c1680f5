package com.servicepolicy.evaluator.quality;

import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.event.EventType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each data-quality finding on the smallest log that shows it, and its absence on the near miss. */
class DataQualityTest {
    private static int ids;

    private static Event event(EventType type, String interaction, String customer, String at) {
        return Event.builder().eventId("e" + ++ids).type(type).interactionId(interaction).customerId(customer)
                .at(Instant.parse(at)).build();
    }

    private static Findings findings(List<ZoneId> zones, Event... events) {
        DataQuality q = new DataQuality(zones);
        for (Event e : events) {
            q.accept(e);
        }
        return q.finish();
    }

    private static Findings findings(Event... events) {
        return findings(List.of(), events);
    }

    @Test
    void aCleanInteractionHasNoFinding() {
        assertThat(findings(event(EventType.OPENED, "T1", "c1", "2026-03-01T10:00:00Z"),
                event(EventType.AGENT_REPLY, "T1", "c1", "2026-03-01T11:00:00Z"),
                event(EventType.RESOLVED, "T1", "c1", "2026-03-01T12:00:00Z")).isEmpty()).isTrue();
    }

    @Test
    void eachInteractionProblemIsCountedAndListed() {
        Findings f = findings(
                event(EventType.AGENT_REPLY, "T1", "c1", "2026-03-01T09:00:00Z"),   // before its OPENED, though read first
                event(EventType.OPENED, "T1", "c1", "2026-03-01T10:00:00Z"),
                event(EventType.OPENED, "T2", "c2", "2026-03-01T10:00:00Z"),
                event(EventType.OPENED, "T2", "c2", "2026-03-02T10:00:00Z"),       // second OPENED
                event(EventType.OPENED, "T3", "c3", "2026-03-01T10:00:00Z"),
                event(EventType.CUSTOMER_MESSAGE, "T3", "c4", "2026-03-01T11:00:00Z"), // another customer
                event(EventType.OPENED, "T4", "c5", "2026-03-05T10:00:00Z"),
                event(EventType.RESOLVED, "T4", "c5", "2026-03-04T10:00:00Z"),     // resolved before opened
                event(EventType.AGENT_REPLY, "T5", "c6", "2026-03-01T11:00:00Z")); // never opened
        assertThat(f.counts()).isEqualTo(Map.of(FindingKind.EVENTS_BEFORE_OPENED, 1L, FindingKind.SECOND_OPENED, 1L,
                FindingKind.TWO_CUSTOMERS, 1L, FindingKind.RESOLVED_BEFORE_OPENED, 1L, FindingKind.NEVER_OPENED, 1L));
        assertThat(f.listed()).extracting(Finding::kind, Finding::subject).containsExactly(
                org.assertj.core.groups.Tuple.tuple(FindingKind.EVENTS_BEFORE_OPENED, "T1"),
                org.assertj.core.groups.Tuple.tuple(FindingKind.SECOND_OPENED, "T2"),
                org.assertj.core.groups.Tuple.tuple(FindingKind.TWO_CUSTOMERS, "T3"),
                org.assertj.core.groups.Tuple.tuple(FindingKind.RESOLVED_BEFORE_OPENED, "T4"),
                org.assertj.core.groups.Tuple.tuple(FindingKind.NEVER_OPENED, "T5"));
        assertThat(f.listed(FindingKind.TWO_CUSTOMERS).get(0).detail()).isEqualTo("events of customers c3 and c4");
        assertThat(f.listed(FindingKind.EVENTS_BEFORE_OPENED).get(0).detail())
                .matches("e[0-9]+ at 2026-03-01T09:00:00Z comes before its OPENED at 2026-03-01T10:00:00Z");
    }

    @Test
    void midnightInBulkIsFoundInUtcOrTheSourcesZoneButNotByChance() {
        Event[] bulk = new Event[200];
        for (int i = 0; i < bulk.length; i++) {
            // 10 of 200 at New York midnight (05:00Z in winter), the rest at 10:17
            String at = i < 10 ? "2026-01-0" + (1 + i % 9) + "T05:00:00Z" : "2026-01-0" + (1 + i % 9) + "T10:17:00Z";
            bulk[i] = event(EventType.OPENED, "T" + i, "c" + i, at);
        }
        assertThat(findings(List.of(ZoneId.of("America/New_York")), bulk).count(FindingKind.MIDNIGHT_TIMES)).isEqualTo(10);
        assertThat(findings(List.of(), bulk).count(FindingKind.MIDNIGHT_TIMES)).as("not midnight in UTC").isZero();
        bulk[0] = event(EventType.OPENED, "T0", "c0", "2026-01-01T10:17:00Z");
        bulk[1] = event(EventType.OPENED, "T1", "c1", "2026-01-01T10:17:00Z");
        bulk[2] = event(EventType.OPENED, "T2", "c2", "2026-01-01T10:17:00Z");
        bulk[3] = event(EventType.OPENED, "T3", "c3", "2026-01-01T10:17:00Z");
        bulk[4] = event(EventType.OPENED, "T4", "c4", "2026-01-01T10:17:00Z");
        bulk[5] = event(EventType.OPENED, "T5", "c5", "2026-01-01T10:17:00Z");
        assertThat(findings(List.of(ZoneId.of("America/New_York")), bulk).count(FindingKind.MIDNIGHT_TIMES))
                .as("4 of 200 is under the bulk's minimum of 5").isZero();
    }

    @Test
    void aFewEventsFarBeyondTheBulkSetTheDefaultAsOf() {
        Event[] log = new Event[200];
        for (int i = 0; i < 195; i++) {
            log[i] = event(EventType.OPENED, "T" + i, "c" + i, "2026-03-0" + (1 + i % 5) + "T10:00:00Z");
        }
        for (int i = 195; i < 200; i++) {
            log[i] = event(EventType.OPENED, "T" + i, "c" + i, "2026-06-0" + (1 + i % 5) + "T10:00:00Z");
        }
        Findings f = findings(log);
        assertThat(f.count(FindingKind.SPARSE_TAIL)).isEqualTo(5);
        assertThat(f.listed(FindingKind.SPARSE_TAIL).get(0).subject()).isEqualTo("2026-06-05T10:00:00Z");
        log[199] = event(EventType.OPENED, "T199", "c199", "2026-03-07T10:00:00Z");
        for (int i = 195; i < 199; i++) {
            log[i] = event(EventType.OPENED, "T" + i, "c" + i, "2026-03-06T10:00:00Z");
        }
        assertThat(findings(log).count(FindingKind.SPARSE_TAIL)).as("a tail of two days after a bulk of five").isZero();
    }
}
