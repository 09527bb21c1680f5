package com.servicepolicy.evaluator.batch;

import org.junit.jupiter.api.Test;
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

    /** A generic plan cached on the nearly empty events table made ingest scan the whole table per chunk. */
    @Test
    void everyConnectionPlansStatementsWithTheirActualParameters() {
        for (int i = 0; i < 3; i++) {
            assertThat(jdbc.queryForObject("SHOW plan_cache_mode", String.class)).isEqualTo("force_custom_plan");
        }
    }
}
