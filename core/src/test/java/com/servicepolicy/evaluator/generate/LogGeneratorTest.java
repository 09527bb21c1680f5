package com.servicepolicy.evaluator.generate;

import com.servicepolicy.evaluator.event.Customer;
import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.event.EventType;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class LogGeneratorTest {

    @Test
    void makesExactlyTheRequestedNumberOfInteractions() {
        for (long size : List.of(1L, 37L, 1_000L)) {
            GeneratedLog log = new LogGenerator(new GeneratorOptions(size, size)).generate();
            Set<String> opened = log.events().stream().filter(e -> e.getType() == EventType.OPENED)
                    .map(Event::getInteractionId).collect(Collectors.toSet());
            assertThat(opened).as("interactions for size %d", size).hasSize((int) size);
        }
    }

    @Test
    void sameSeedSameLogOtherSeedOtherLog() {
        List<String> a = lines(new LogGenerator(new GeneratorOptions(500, 42)).generate());
        List<String> b = lines(new LogGenerator(new GeneratorOptions(500, 42)).generate());
        List<String> c = lines(new LogGenerator(new GeneratorOptions(500, 43)).generate());
        assertThat(a).isEqualTo(b).isNotEqualTo(c);
    }

    @Test
    void everyEventTypeAppearsIn2000Interactions() {
        GeneratedLog log = new LogGenerator(new GeneratorOptions(2_000, 11)).generate();
        Set<EventType> types = log.events().stream().map(Event::getType).collect(Collectors.toCollection(() -> EnumSet.noneOf(EventType.class)));
        assertThat(types).containsExactlyInAnyOrder(EventType.values());
    }

    @Test
    void eventsAreValidUniqueAndNumberedByPosition() {
        GeneratedLog log = new LogGenerator(new GeneratorOptions(2_000, 12)).generate();
        Set<String> ids = new HashSet<>();
        Set<String> customers = log.customers().stream().map(Customer::customerId).collect(Collectors.toSet());
        for (int i = 0; i < log.events().size(); i++) {
            Event e = log.events().get(i);
            assertThat(e.getSequence()).isEqualTo(i);
            assertThat(ids.add(e.getEventId())).as("unique %s", e.getEventId()).isTrue();
            assertThat(customers).contains(e.getCustomerId());
            assertThat(e.getInteractionId() != null).isEqualTo(e.getType() != EventType.REVIEW_POSTED);
            switch (e.getType()) {
                case OPENED -> assertThat(e.getChannel()).isNotNull();
                case REVIEW_POSTED -> assertThat(e.getRating()).isBetween(1, 5);
                case CALLBACK_PROMISED -> assertThat(e.getDueAt()).isGreaterThan(e.getAt());
                default -> { }
            }
            if (e.getType().side() == EventType.Side.AGENT) {
                assertThat(e.getAgentId()).isNotNull();
            }
        }
    }

    @Test
    void refusalsAreAboutThreePercentWithReasonsOfEveryKind() {
        GeneratedLog log = new LogGenerator(new GeneratorOptions(20_000, 13)).generate();
        List<Event> refusals = log.events().stream().filter(e -> e.getType() == EventType.REFUSED).toList();
        assertThat(refusals.size() / 20_000.0).isBetween(0.02, 0.045);
        assertThat(refusals).anyMatch(e -> e.getReasonCode() == null)
                .anyMatch(e -> "RACE".equals(e.getReasonCode()) || "DISABILITY".equals(e.getReasonCode()) || "AGE".equals(e.getReasonCode()))
                .anyMatch(e -> "customer has a strong accent".equals(e.getReasonText()))
                .anyMatch(e -> "accents on letters broke the name field".equals(e.getReasonText()))
                .anyMatch(e -> "MANAGER_DECISION".equals(e.getReasonCode()));
    }

    @Test
    void streamsEventsBeforeTheLogIsComplete() {
        long[] counts = new long[3];
        long started = System.nanoTime();
        long events = new LogGenerator(new GeneratorOptions(100_000, 14)).generate(new LogSink() {
            @Override
            public void customer(Customer customer) {
                counts[0]++;
                if (counts[0] == 10_000) {
                    counts[2] = counts[1];
                }
            }

            @Override
            public void event(Event event) {
                counts[1]++;
            }
        });
        assertThat(events).isEqualTo(counts[1]).isGreaterThan(400_000);
        assertThat(counts[2]).as("events delivered before the 10000th customer was made").isPositive();
        assertThat((System.nanoTime() - started) / 1e9).isLessThan(30);
    }

    private static List<String> lines(GeneratedLog log) {
        return log.events().stream().map(e -> e.getSequence() + " " + OutputFormat.JSONL.line(e)).toList();
    }
}
