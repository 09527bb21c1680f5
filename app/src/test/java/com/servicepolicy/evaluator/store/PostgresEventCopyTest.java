package com.servicepolicy.evaluator.store;

import com.servicepolicy.evaluator.night.EventStore;
import com.servicepolicy.evaluator.night.PlacedEvent;

import com.servicepolicy.evaluator.event.Category;
import com.servicepolicy.evaluator.event.Channel;
import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.event.EventType;
import com.servicepolicy.evaluator.event.Priority;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The event store writes PostgreSQL chunks with COPY: every value must come back exactly as it went in. */
class PostgresEventCopyTest {
    private static final LocalDate NIGHT = LocalDate.of(2026, 3, 2);

    @Test
    void copiedEventsComeBackExactlyIncludingEscapesNullsAndUnicode() {
        JdbcTemplate jdbc = StoreDatabase.migrated("postgres").jdbc();
        EventStore store = new JdbcEventStore(jdbc);
        String awkward = "tab\there, line\nbreak, return\r, back\\slash, \\N literal, quote \" ' , ünïcødé ✓";
        Event full = Event.builder().eventId("e-1\t\\").type(EventType.CALLBACK_PROMISED)
                .atMillis(1_772_400_000_000L).customerId("c\\1").interactionId("i\n1").channel(Channel.PHONE)
                .priority(Priority.URGENT).category(Category.COMPLAINT).topic(awkward).agentId("a 1")
                .reasonCode("R\\N").reasonText(awkward).dueAt(Instant.ofEpochMilli(1_772_403_600_000L)).rating(1)
                .sequence(7).build();
        Event sparse = Event.builder().eventId("e-2").type(EventType.REVIEW_POSTED).atMillis(1_772_400_000_001L)
                .customerId("c2").sequence(8).build();

        StoreDatabase.inTransaction(jdbc, () -> store.insert(NIGHT, List.of(new PlacedEvent(full, "f\tile.jsonl", 7),
                new PlacedEvent(sparse, "file.jsonl", 8))));

        Map<String, Object> first = jdbc.queryForMap("SELECT * FROM events WHERE event_id = ?", "e-1\t\\");
        assertThat(first).containsEntry("event_type", "CALLBACK_PROMISED").containsEntry("at_ms", 1_772_400_000_000L)
                .containsEntry("customer_id", "c\\1").containsEntry("interaction_id", "i\n1")
                .containsEntry("channel", "PHONE").containsEntry("priority", "URGENT")
                .containsEntry("category", "COMPLAINT").containsEntry("topic", awkward)
                .containsEntry("agent_id", "a 1").containsEntry("reason_code", "R\\N")
                .containsEntry("reason_text", awkward).containsEntry("due_at_ms", 1_772_403_600_000L)
                .containsEntry("rating", 1).containsEntry("source", "f\tile.jsonl").containsEntry("line", 7L);
        assertThat(first.get("run_date").toString()).isEqualTo("2026-03-02");
        Map<String, Object> second = jdbc.queryForMap("SELECT * FROM events WHERE event_id = 'e-2'");
        assertThat(second).containsEntry("interaction_id", null).containsEntry("channel", null)
                .containsEntry("topic", null).containsEntry("due_at_ms", null).containsEntry("rating", null);
        assertThat(store.origins(List.of("e-1\t\\", "e-2", "e-3"))).containsOnlyKeys("e-1\t\\", "e-2");
    }

    @Test
    void aCopyTakesPartInTheTransactionAndRollsBackWithIt() {
        JdbcTemplate jdbc = StoreDatabase.migrated("postgres").jdbc();
        EventStore store = new JdbcEventStore(jdbc);
        Event event = Event.builder().eventId("e-1").type(EventType.OPENED).atMillis(1L).customerId("c1")
                .interactionId("i1").channel(Channel.CHAT).sequence(1).build();

        assertThatThrownBy(() -> StoreDatabase.inTransaction(jdbc, () -> {
            store.insert(NIGHT, List.of(new PlacedEvent(event, "file.jsonl", 1)));
            throw new IllegalStateException("the chunk's checkpoint failed");
        })).hasMessageContaining("checkpoint");

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM events", Long.class)).isZero();
    }
}
