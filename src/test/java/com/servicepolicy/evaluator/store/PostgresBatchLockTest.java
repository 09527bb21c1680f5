package com.servicepolicy.evaluator.store;

import org.junit.jupiter.api.Test;
import org.postgresql.Driver;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The lock outlives a server's idle-in-transaction timeout: a night is far longer than any such default. */
class PostgresBatchLockTest {
    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";

    @Test
    void aServerIdleInTransactionTimeoutDoesNotEndTheLockOfALongNight() throws Exception {
        Properties shortIdleTimeout = new Properties();
        shortIdleTimeout.setProperty("user", "postgres");
        shortIdleTimeout.setProperty("options", "-c idle_in_transaction_session_timeout=200");
        BatchLock lock = new BatchLock(new SimpleDriverDataSource(new Driver(), POSTGRES, shortIdleTimeout));

        try (BatchLock.Held night = lock.acquire()) {
            Thread.sleep(1_000); // five timeouts of an idle transaction: the server would have ended the session

            assertThatThrownBy(lock::acquire).isInstanceOf(BatchLockedException.class);
        }
    }
}
