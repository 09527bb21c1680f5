package com.servicepolicy.evaluator.store;

import com.servicepolicy.evaluator.night.NightLock;

import com.servicepolicy.evaluator.night.BatchLockedException;

import org.junit.jupiter.api.Test;
import org.postgresql.Driver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The PostgreSQL batch lock outlives a server's idle timeouts (a night is far longer than any such default), and
 * holds no transaction open, so the night's own VACUUM can remove what the night deleted or updated.
 */
class PostgresBatchLockTest {
    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";

    @Test
    void aServerIdleTimeoutDoesNotEndTheLockOfALongNight() throws Exception {
        Properties shortIdleTimeout = new Properties();
        shortIdleTimeout.setProperty("user", "postgres");
        shortIdleTimeout.setProperty("options", "-c idle_in_transaction_session_timeout=200 -c idle_session_timeout=200");
        NightLock lock = new JdbcNightLock(new SimpleDriverDataSource(new Driver(), POSTGRES, shortIdleTimeout));

        try (NightLock.Held night = lock.acquire()) {
            Thread.sleep(1_000); // five timeouts of an idle transaction: the server would have ended the session

            assertThatThrownBy(lock::acquire).isInstanceOf(BatchLockedException.class);
        }
    }

    @Test
    void whileTheLockIsHeldVacuumRemovesRowsDeletedAfterItWasTaken() throws Exception {
        JdbcTemplate jdbc = StoreDatabase.migrated("postgres").jdbc();
        NightLock lock = new JdbcNightLock(jdbc.getDataSource());

        try (NightLock.Held night = lock.acquire()) {
            jdbc.execute("CREATE TABLE dead_rows (id INT)");
            jdbc.execute("INSERT INTO dead_rows SELECT generate_series(1, 10000)");
            jdbc.execute("DELETE FROM dead_rows");
            jdbc.execute("VACUUM dead_rows");

            // VACUUM truncates the table's pages only once it could remove every dead row
            assertThat(jdbc.queryForObject("SELECT pg_relation_size('dead_rows')", Long.class)).isZero();
        }
    }

    @Test
    void releasingTheLockLeavesTheConnectionForThePoolUnlockedAndWithItsOwnIdleTimeout() throws Exception {
        Properties tenMinutes = new Properties();
        tenMinutes.setProperty("user", "postgres");
        tenMinutes.setProperty("options", "-c idle_session_timeout=600000");
        // one connection that outlives each use, as a pooled one does: only an unlock frees the lock on it
        SingleConnectionDataSource pooled = new SingleConnectionDataSource(new Driver().connect(POSTGRES, tenMinutes),
                true);
        NightLock other = new JdbcNightLock(new SimpleDriverDataSource(new Driver(), POSTGRES, "postgres", ""));
        try {
            try (NightLock.Held night = new JdbcNightLock(pooled).acquire()) {
                assertThatThrownBy(other::acquire).isInstanceOf(BatchLockedException.class);
            }

            try (NightLock.Held next = other.acquire()) {
                assertThat(new JdbcTemplate(pooled).queryForObject("SHOW idle_session_timeout", String.class))
                        .isEqualTo("10min");
            }
        } finally {
            pooled.destroy();
        }
    }
}
