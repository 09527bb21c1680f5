package com.servicepolicy.evaluator.store;


import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Query plans on H2, the default store, where a plan change cost a night tens of seconds. */
class H2QueryPlanTest {
    /**
     * The evaluate step pages through the night's customers a chunk at a time. Each page must be read in key
     * order from the primary key and stop at the limit; a sort of every remaining customer made the step
     * quadratic in the number of customers (most of its 104 s at 467k customers).
     */
    @Test
    void theNextChunkOfCustomersIsReadInKeyOrderWithoutASort() {
        String plan = explain(JdbcRunCustomerStore.NEXT_CHUNK, new MapSqlParameterSource("date", LocalDate.of(2026, 3, 2))
                .addValue("after", "").addValue("limit", 1_000));

        assertThat(plan).contains("PRIMARY_KEY").contains("/* index sorted */");
    }

    /**
     * The fairness audit scans the window's OPENED events and needs each one's customer and interaction: from an
     * index of (event_type, at_ms) alone, H2 fetched every row from the table (fairness ~5.9 s -> ~3.4 s on a
     * 120-day store of 1.7M events once the index carried them).
     */
    @Test
    void theFairnessAuditScansTheWindowsOpenedEventsThroughTheIndexThatCarriesCustomerAndInteraction() {
        String plan = explain(JdbcCustomerStore.REFUSAL_COUNTS, new MapSqlParameterSource("from", 0L).addValue("asOf", 1L));

        assertThat(plan).containsPattern("FROM PUBLIC\\.EVENTS O\\s+"
                + "/\\* PUBLIC\\.EVENTS_TYPE_AT_WHO: EVENT_TYPE = 'OPENED'");
    }

    /** H2's plan for {@code sql} on a fresh database with the store's schema. */
    private static String explain(String sql, MapSqlParameterSource parameters) {
        SingleConnectionDataSource db = new SingleConnectionDataSource("jdbc:h2:mem:plan" + System.nanoTime(), "sa",
                "", true);
        try {
            Flyway.configure().dataSource(db).load().migrate();
            return new NamedParameterJdbcTemplate(db).queryForObject("EXPLAIN " + sql, parameters, String.class);
        } finally {
            db.destroy();
        }
    }
}
