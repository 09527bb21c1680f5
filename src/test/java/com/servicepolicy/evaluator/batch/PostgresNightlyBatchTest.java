package com.servicepolicy.evaluator.batch;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same contract on the real PostgreSQL, in a schema of its own; fails if PostgreSQL is down. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class PostgresNightlyBatchTest extends NightlyBatchContract {
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        H2NightlyBatchTest.register(registry, Databases.freshPostgresSchema());
    }
}
