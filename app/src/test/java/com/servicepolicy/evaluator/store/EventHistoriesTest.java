package com.servicepolicy.evaluator.store;

import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.event.EventType;
import com.servicepolicy.evaluator.night.CustomerHistory;
import com.servicepolicy.evaluator.night.CustomerOutlines;
import com.servicepolicy.evaluator.spill.EventBytes;
import com.servicepolicy.evaluator.night.EventStore;
import com.servicepolicy.evaluator.night.Origin;
import com.servicepolicy.evaluator.night.PlacedEvent;
import com.servicepolicy.evaluator.night.StoredHistory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event store as customers' histories (V13), on H2 and on the real PostgreSQL (never skipped): what goes in
 * comes out with where it was first read, a large customer is split over rows, pages hold whole customers, prune
 * cuts rows that straddle its cutoff, and a database of V11 moves its per-event rows over.
 */
class EventHistoriesTest {
    private static final LocalDate NIGHT = LocalDate.of(2026, 3, 2);

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void eventsComeBackWithTheirOriginsInTimelineOrderAndPruneCutsAtTheCutoff(String database) {
        JdbcTemplate jdbc = StoreDatabase.migrated(database).jdbc();
        EventStore store = new JdbcEventStore(jdbc);
        List<PlacedEvent> lines = new ArrayList<>();
        // "big" has 3,000 events with long texts, each its own: more than one row; "a" and "z" a few, "z" first read earlier
        IntStream.range(0, 3_000).forEach(i -> lines.add(placed("b-" + i, "big", 1_000L + i, "x".repeat(100) + i, i + 1)));
        lines.add(placed("a-2", "a", 20, null, 3_001));
        lines.add(placed("a-1", "a", 10, "\u00e9\ud83d\ude00 tab\tand newline\n", 3_002));
        StoreDatabase.inTransaction(jdbc, () -> store.insert(NIGHT, lines));
        StoreDatabase.inTransaction(jdbc, () -> store.insert(NIGHT.minusDays(1),
                List.of(placed("z-1", "z", 5, null, 7))));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event_histories WHERE customer_id = 'big'", Long.class))
                .isGreaterThan(1);
        assertThat(store.count()).isEqualTo(3_003);
        assertThat(store.countFirstReadOn(NIGHT)).isEqualTo(3_002);
        assertThat(store.eventsOfCustomer("a", 0, 100)).extracting(Event::getEventId, Event::getSequence)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a-1", 0L), org.assertj.core.groups.Tuple.tuple("a-2", 1L));
        assertThat(store.eventsOfCustomer("a", 0, 100).get(0).getReasonText()).isEqualTo("\u00e9\ud83d\ude00 tab\tand newline\n");
        Map<String, Origin> origins = new HashMap<>();
        StoreDatabase.inTransaction(jdbc, () -> store.forEachId(origins::put));
        assertThat(origins).hasSize(3_003).containsEntry("a-1", new Origin(NIGHT, "f.jsonl", 3_002))
                .containsEntry("z-1", new Origin(NIGHT.minusDays(1), "f.jsonl", 7));

        List<CustomerHistory> page = store.histories("", 2);
        assertThat(page).extracting(CustomerHistory::customerId).containsExactly("a");
        List<CustomerHistory> alone = store.histories("a", 2);
        assertThat(alone).extracting(CustomerHistory::customerId).containsExactly("big");
        assertThat(alone.get(0).events()).hasSize(3_000);
        assertThat(store.histories("big", 100)).extracting(CustomerHistory::customerId).containsExactly("z");
        for (String after : List.of("", "a", "big")) {
            assertThat(outlinesOf(store.storedHistories(after, 2).stream().map(StoredHistory::outlines).toList()))
                    .as("the outlines' page after '%s'", after)
                    .isEqualTo(outlinesOf(store.histories(after, 2).stream().map(h -> new CustomerOutlines(
                            h.customerId(), h.events().stream().map(e -> new CustomerOutlines.Stored(new EventBytes.Outline(
                                    e.event().getType(), e.event().getAt(), e.event().getInteractionId(),
                                    e.event().getDueAt()), e.runDate())).toList())).toList()));
            assertThat(store.eventsOf(store.storedHistories(after, 2), 0, Long.MAX_VALUE))
                    .as("the page's events in full after '%s'", after).usingRecursiveFieldByFieldElementComparator()
                    .isEqualTo(store.eventsOfCustomer(store.histories(after, 2).get(0).customerId(), 0, Long.MAX_VALUE));
        }
        List<Event> all = store.eventsOf(store.storedHistories("", 10_000), 10, 1_010);
        List<String> inWindow = new ArrayList<>(List.of("a-1", "a-2"));
        IntStream.rangeClosed(0, 10).forEach(i -> inWindow.add("b-" + i));
        assertThat(all).extracting(Event::getEventId).as("a-1 at 10 to b-10 at 1,010; not z-1 at 5")
                .isEqualTo(inWindow);
        assertThat(all).extracting(Event::getSequence).isEqualTo(LongStream.range(0, inWindow.size()).boxed().toList());

        assertThat(store.deleteOlderThan(1_500)).as("z-1, a-1, a-2 and b-0 .. b-499").isEqualTo(503);
        assertThat(store.count()).isEqualTo(2_500);
        assertThat(store.eventsOfCustomer("big", 0, Long.MAX_VALUE)).hasSize(2_500).first()
                .extracting(Event::getEventId).isEqualTo("b-500");
        assertThat(store.eventsOfCustomer("a", 0, Long.MAX_VALUE)).isEmpty();
    }

    /** On PostgreSQL a chunk's rows go in by binary COPY: the rows are the ones the batched INSERTs write. */
    @org.junit.jupiter.api.Test
    void copiedRowsAreTheRowsTheInsertsWrite() {
        JdbcTemplate jdbc = StoreDatabase.migrated("postgres").jdbc();
        List<PlacedEvent> lines = new ArrayList<>();
        IntStream.range(0, 2_000).forEach(i -> lines.add(new PlacedEvent(Event.builder().eventId("e-" + i)
                .type(EventType.AGENT_REPLY).atMillis(-86_400_000L + i * 1_000L).customerId(i % 3 == 0 ? "c-\u00e9\u4e00" : "c-" + i % 7)
                .interactionId("i").reasonText("x".repeat(i % 200)).sequence(i).build(), "f\u00fc.jsonl", 10L + i)));
        LocalDate copied = LocalDate.of(1999, 12, 31);
        StoreDatabase.inTransaction(jdbc, () -> new JdbcEventStore(jdbc).insert(copied, lines));
        StoreDatabase.inTransaction(jdbc, () -> JdbcEventStore.insertRows(jdbc, NIGHT, HistoryRows.of(lines)));
        String rows = "SELECT customer_id, source, first_line, first_at_ms, last_at_ms, event_count, events, event_ids"
                + " FROM event_histories WHERE run_date = ? ORDER BY customer_id, first_line";
        List<Map<String, Object>> inserted = jdbc.queryForList(rows, NIGHT);
        assertThat(inserted).hasSize(8);
        assertThat(jdbc.queryForList(rows, copied)).usingRecursiveFieldByFieldElementComparator().isEqualTo(inserted);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event_histories WHERE run_date = DATE '1999-12-31'",
                Long.class)).isEqualTo(inserted.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void aDatabaseOfV11MovesItsEventsToHistories(String database) {
        StoreDatabase db = StoreDatabase.fresh(database).migrateTo("11");
        JdbcTemplate jdbc = db.jdbc();
        jdbc.update("INSERT INTO events (event_id, event_type, at_ms, customer_id, interaction_id, channel, priority,"
                + " reason_text, due_at_ms, rating, internal, run_date, source, line) VALUES"
                + " ('e1', 'OPENED', 10, 'c1', 'i1', 'CHAT', 'HIGH', NULL, NULL, NULL, FALSE, ?, 'f.jsonl', 1),"
                + " ('e2', 'CALLBACK_PROMISED', 20, 'c1', 'i1', NULL, NULL, 'soon', 99, NULL, FALSE, ?, 'f.jsonl', 2),"
                + " ('e3', 'REVIEW_POSTED', 15, 'c2', NULL, NULL, NULL, NULL, NULL, 4, TRUE, ?, 'g.jsonl', 9)",
                NIGHT, NIGHT, NIGHT.minusDays(1));

        db.migrateTo("latest");
        EventStore store = new JdbcEventStore(jdbc);

        List<Event> c1 = store.eventsOfCustomer("c1", 0, 100);
        assertThat(c1).extracting(Event::getEventId).containsExactly("e1", "e2");
        assertThat(c1.get(1).getDueAt()).isEqualTo(99L);
        assertThat(c1.get(1).getReasonText()).isEqualTo("soon");
        assertThat(store.eventsOfCustomer("c2", 0, 100).get(0).getRating()).isEqualTo(4);
        Map<String, Origin> origins = new HashMap<>();
        StoreDatabase.inTransaction(jdbc, () -> store.forEachId(origins::put));
        assertThat(origins).containsOnly(Map.entry("e1", new Origin(NIGHT, "f.jsonl", 1)),
                Map.entry("e2", new Origin(NIGHT, "f.jsonl", 2)),
                Map.entry("e3", new Origin(NIGHT.minusDays(1), "g.jsonl", 9)));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.tables WHERE LOWER(table_name) = 'events'"
                + " AND table_schema = " + (database.equals("h2") ? "'PUBLIC'" : "current_schema()"), Long.class)).isZero();
    }

    /**
     * V15: on PostgreSQL with LZ4 (this machine's server has it, and the test says so rather than skip), a history
     * row large enough to be compressed is compressed with LZ4 and reads back as written.
     */
    @org.junit.jupiter.api.Test
    void largeHistoryRowsAreCompressedWithLz4OnPostgres() throws Exception {
        StoreDatabase db = StoreDatabase.migrated("postgres");
        JdbcTemplate jdbc = db.jdbc();
        try (var connection = db.dataSource().getConnection()) {
            assertThat(HistoryCompressionMigration.lz4Offered(connection)).as("the server offers LZ4").isTrue();
        }
        EventStore store = new JdbcEventStore(jdbc);
        List<PlacedEvent> lines = new ArrayList<>();
        IntStream.range(0, 200).forEach(i -> lines.add(placed("c-" + i, "c", 1_000L + i, "y".repeat(50) + i, i + 1)));
        StoreDatabase.inTransaction(jdbc, () -> store.insert(NIGHT, lines));

        assertThat(jdbc.queryForList("SELECT pg_column_compression(events) FROM event_histories", String.class))
                .containsExactly("lz4");
        assertThat(store.eventsOfCustomer("c", 0, Long.MAX_VALUE)).extracting(Event::getEventId)
                .containsExactlyElementsOf(lines.stream().map(p -> p.event().getEventId()).toList());
        assertThat(store.eventsOfCustomer("c", 0, Long.MAX_VALUE).get(199).getReasonText()).isEqualTo("y".repeat(50) + 199);
    }

    private static PlacedEvent placed(String id, String customer, long at, String text, long line) {
        return new PlacedEvent(Event.builder().eventId(id).type(EventType.AGENT_REPLY).atMillis(at).customerId(customer)
                .interactionId("i-" + customer).reasonText(text).sequence(line).build(), "f.jsonl", line);
    }

    /** Outlines as comparable text: customer, then each event's outline and night. */
    private static List<String> outlinesOf(List<CustomerOutlines> page) {
        return page.stream().flatMap(c -> c.events().stream().map(e -> c.customerId() + " " + e)).toList();
    }
}
