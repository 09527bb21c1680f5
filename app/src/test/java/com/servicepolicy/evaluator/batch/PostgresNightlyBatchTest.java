package com.servicepolicy.evaluator.batch;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The same contract on the real PostgreSQL, in a schema of its own; fails if PostgreSQL is down. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class PostgresNightlyBatchTest extends NightlyBatchContract {
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        H2NightlyBatchTest.register(registry, Databases.freshPostgresSchema());
    }

    /**
     * Autovacuum is off on these machines: the night itself refreshes the statistics of what it filled and, where
     * autovacuum is off, vacuums what its updates and deletes left dead (where it is on, autovacuum does).
     */
    @Test
    void aNightLeavesThePlannerStatisticsOfTheTablesItFilledFreshAndVacuumsWhereAutovacuumIsOff() throws Exception {
        LocalDate night = LocalDate.of(2025, 3, 1); // before the nights of other tests: its prune cannot reach them
        TestInbox.write(inbox(), night, 60, 1, 12);
        String since = "SELECT relname FROM pg_stat_user_tables WHERE schemaname = current_schema()"
                + " AND %s >= ? ORDER BY relname";
        java.sql.Timestamp before = new java.sql.Timestamp(System.currentTimeMillis() - 1_000);
        boolean autovacuum = "on".equals(jdbc.queryForObject("SELECT current_setting('autovacuum')", String.class));

        assertThat(runner.run(night, inbox()).status()).isEqualTo("COMPLETED");

        List<String> keptUp = List.of("customer_attributes", "event_histories", "nightly_runs", "run_customers",
                "run_violations", "violations");
        assertThat(jdbc.queryForList(since.formatted("last_analyze"), String.class, before)).containsAll(keptUp);
        assertThat(jdbc.queryForList(since.formatted("last_vacuum"), String.class, before))
                .isEqualTo(autovacuum ? List.of() : keptUp);
    }

    /** A generic plan cached on the nearly empty events table made ingest scan the whole table per chunk. */
    @Test
    void everyConnectionPlansStatementsWithTheirActualParameters() {
        for (int i = 0; i < 3; i++) {
            assertThat(jdbc.queryForObject("SHOW plan_cache_mode", String.class)).isEqualTo("force_custom_plan");
        }
    }
}
