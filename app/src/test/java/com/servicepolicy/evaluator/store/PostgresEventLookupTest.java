package com.servicepolicy.evaluator.store;

import com.servicepolicy.evaluator.night.EventStore;
import com.servicepolicy.evaluator.night.ExpiredLines;
import com.servicepolicy.evaluator.night.Origin;
import com.servicepolicy.evaluator.night.PlacedEvent;

import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.event.EventType;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A chunk's duplicate look-up must go through the keys, also while the tables are filling from empty within
 * one night and PostgreSQL has no statistics for them: it once scanned both tables whole for every chunk.
 */
class PostgresEventLookupTest {
    private static final LocalDate NIGHT = LocalDate.of(2026, 3, 2);

    @Test
    void idLookUpsOfTablesFilledTonightUseTheirKeysNotSequentialScans() {
        JdbcTemplate jdbc = StoreDatabase.migrated("postgres").jdbc();
        EventStore events = new JdbcEventStore(jdbc);
        ExpiredLines expired = new JdbcExpiredLines(jdbc);
        List<PlacedEvent> lines = IntStream.range(0, 40_000).mapToObj(i -> new PlacedEvent(Event.builder()
                .eventId("e-" + i).type(EventType.REVIEW_POSTED).atMillis(i).customerId("c-" + i % 997).build(),
                "f.jsonl", i + 1)).toList();
        StoreDatabase.inTransaction(jdbc, () -> {
            events.insert(NIGHT, lines.subList(0, 20_000));
            expired.insert(NIGHT, lines.subList(20_000, 40_000));
        });
        List<String> asked = new ArrayList<>();
        IntStream.range(0, 400).forEach(i -> asked.add("e-" + i * 97)); // both tables
        IntStream.range(0, 100).forEach(i -> asked.add("unknown-" + i));

        StoreDatabase.inTransaction(jdbc, () -> {
            assertThat(events.origins(asked)).hasSize(400)
                    .containsEntry("e-38703", new Origin(NIGHT, "f.jsonl", 38_704));
            assertThat(jdbc.queryForObject("SELECT SUM(seq_scan) FROM pg_stat_xact_user_tables"
                    + " WHERE schemaname = current_schema() AND relname IN ('events', 'run_expired_events')",
                    Long.class)).isZero();
            assertThat(jdbc.queryForObject("SHOW enable_seqscan", String.class))
                    .as("the rest of the chunk's transaction plans as usual").isEqualTo("on");
        });
    }
}
