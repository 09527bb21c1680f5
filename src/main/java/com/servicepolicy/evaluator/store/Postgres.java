package com.servicepolicy.evaluator.store;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

/** PostgreSQL, where the store uses its own statements (advisory lock, COPY, look-ups by key). */
final class Postgres {
    private Postgres() {
    }

    static boolean is(Connection connection) throws SQLException {
        return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
    }

    /**
     * Runs a look-up by key with sequential scans off (SET LOCAL: the caller's transaction, and only while it
     * runs). Tables that fill from empty within one night have no statistics, and the planner, taking them for
     * small, scanned them whole for each batch of keys: ingest 11 s -> 28 s (events), a customers file 13 s ->
     * 40 s (customer_attributes). Elsewhere it just runs the look-up.
     */
    static <T> T byKey(JdbcTemplate jdbc, boolean postgres, Supplier<T> lookUp) {
        if (!postgres) {
            return lookUp.get();
        }
        jdbc.execute("SET LOCAL enable_seqscan = off");
        T found = lookUp.get();
        // not in a finally: after a failure the transaction is aborted, rolls back, and the setting goes with it
        jdbc.execute("SET LOCAL enable_seqscan = on");
        return found;
    }
}
