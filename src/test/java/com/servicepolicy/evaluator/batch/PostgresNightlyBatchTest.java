package com.servicepolicy.evaluator.batch;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
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

    /** Autovacuum is off on these machines: the night itself refreshes the statistics of what it filled. */
    @Test
    void aNightLeavesThePlannerStatisticsOfTheTablesItFilledFresh() throws Exception {
        LocalDate night = LocalDate.of(2025, 3, 1); // before the nights of other tests: its prune cannot reach them
        TestInbox.write(inbox(), night, 60, 1, 12);
        String analysed = "SELECT relname FROM pg_stat_user_tables WHERE schemaname = current_schema()"
                + " AND last_analyze >= ? ORDER BY relname";
        java.sql.Timestamp before = new java.sql.Timestamp(System.currentTimeMillis() - 1_000);

        assertThat(runner.run(night, inbox()).status()).isEqualTo("COMPLETED");

        assertThat(jdbc.queryForList(analysed, String.class, before))
                .contains("customer_attributes", "events", "run_violations", "violations");
    }

    /** A generic plan cached on the nearly empty events table made ingest scan the whole table per chunk. */
    @Test
    void everyConnectionPlansStatementsWithTheirActualParameters() {
        for (int i = 0; i < 3; i++) {
            assertThat(jdbc.queryForObject("SHOW plan_cache_mode", String.class)).isEqualTo("force_custom_plan");
        }
    }
}
