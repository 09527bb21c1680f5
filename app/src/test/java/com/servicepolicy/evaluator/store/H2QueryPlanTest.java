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

    /** The fairness audit sums the night's per-customer counts: the night's rows of run_customers by their key. */
    @Test
    void theFairnessAuditReadsTheNightsCustomerCountsByTheirKey() {
        String plan = explain(JdbcCustomerStore.REFUSAL_COUNTS, new MapSqlParameterSource("date", LocalDate.of(2026, 3, 2)));

        assertThat(plan).containsPattern("FROM \"PUBLIC\"\\.\"RUN_CUSTOMERS\" \"RC\"\\s+/\\* PUBLIC\\.PRIMARY_KEY_\\w+: RUN_DATE = ")
                .containsPattern("PRIMARY_KEY_\\w+: CUSTOMER_ID = RC\\.CUSTOMER_ID");
    }

    /**
     * The evaluate step pages through the stored histories in customer order: each page must come from the customer
     * index in its order and stop at the limit, not sort the whole store for every page.
     */
    @Test
    void aPageOfHistoriesIsReadInCustomerOrderWithoutASort() {
        String plan = explain(JdbcEventStore.PAGE.replace("?", "''").replace("FETCH FIRST '' ROWS", "FETCH FIRST 10 ROWS"),
                new MapSqlParameterSource());

        assertThat(plan).contains("EVENT_HISTORIES_CUSTOMER").contains("/* index sorted */");
    }

    /**
     * Ingest counts the night's events from the night's index, which holds each row's count: H2 then never reads the
     * rows themselves (their events and ids), which took 4 % of a backfill's main thread.
     */
    @Test
    void theNightsEventsAreCountedFromTheIndexThatHoldsTheCounts() {
        String plan = explain(JdbcEventStore.COUNT_FIRST_READ_ON.replace("?", "DATE '2026-03-02'"),
                new MapSqlParameterSource());

        assertThat(plan).contains("EVENT_HISTORIES_RUN_DATE_COUNT: RUN_DATE = ");
    }

    /** H2's plan for {@code sql} on a fresh database with the store's schema. */
    private static String explain(String sql, MapSqlParameterSource parameters) {
        SingleConnectionDataSource db = new SingleConnectionDataSource("jdbc:h2:mem:plan" + System.nanoTime(), "sa",
                "", true);
        try {
            Flyway.configure().dataSource(db).javaMigrations(new TextLimitsMigration(), new EventHistoriesMigration(), new HistoryCompressionMigration(),
                    new LinesOfManyEventsMigration())
                    .load().migrate();
            return new NamedParameterJdbcTemplate(db).queryForObject("EXPLAIN " + sql, parameters, String.class);
        } finally {
            db.destroy();
        }
    }
}
