package com.servicepolicy.evaluator.store;

import com.servicepolicy.evaluator.store.sql.NightRunSql;
import com.servicepolicy.evaluator.night.NightLock;

import com.servicepolicy.evaluator.night.BatchLockedException;

import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Lets one nightly job at a time write to a database, across processes (the service's schedule, an
 * operator's {@code batch} command, a second host). The lock lives on a connection of its own and
 * goes with it: a process that dies, even by kill -9, loses its connection and so its lock, and the
 * next run may start (and resume the night) at once.
 * PostgreSQL: a session advisory lock, taken and released outside any transaction. An open transaction, even
 * an idle one that wrote nothing, pins the horizon of what VACUUM may remove: measured, it kept every dead row
 * of the night (~56k re-seen violations) from the night's own vacuum. The session turns off
 * {@code idle_session_timeout} for itself (PostgreSQL 14+), so a server default shorter than a night cannot
 * end the lock early, and restores it on release.
 * Others (H2): the {@code batch_lock} row, locked {@code FOR UPDATE NOWAIT} by a transaction left open for the
 * run and rolled back on release.
 */
@Component
public class JdbcNightLock implements NightLock {
    /** Key of the PostgreSQL advisory lock (the Spark night takes the same one). */
    static final String ADVISORY_KEY = NightRunSql.ADVISORY_KEY;

    private final DataSource dataSource;

    public JdbcNightLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Held acquire() {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            boolean postgres = Postgres.is(connection);
            connection.setAutoCommit(postgres);
            if (!(postgres ? advisory(connection) : lockRow(connection))) {
                throw new BatchLockedException();
            }
            return new Held(connection, postgres);
        } catch (SQLException e) {
            close(connection);
            if (isLockNotAvailable(e)) {
                throw new BatchLockedException();
            }
            throw new IllegalStateException("could not take the batch lock: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            close(connection);
            throw e;
        }
    }

    private static boolean advisory(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT pg_try_advisory_lock(" + ADVISORY_KEY + ")")) {
                if (!rs.next() || !rs.getBoolean(1)) {
                    return false; // refused: the connection goes back to the pool as it came
                }
            }
            try {
                s.execute(setIdleSessionTimeout("'0'"));
            } catch (SQLException e) {
                abort(connection); // it holds the lock now: end the session rather than pool it
                throw e;
            }
            return true;
        }
    }

    /** Sets {@code idle_session_timeout} for the session where the server has it (PostgreSQL 14+). */
    private static String setIdleSessionTimeout(String value) {
        return "SELECT set_config('idle_session_timeout', " + value + ", false) FROM pg_settings"
                + " WHERE name = 'idle_session_timeout'";
    }

    private static void release(Connection connection, boolean postgres) throws SQLException {
        if (!postgres) {
            connection.rollback();
            return;
        }
        try (Statement s = connection.createStatement()) {
            s.execute("SELECT pg_advisory_unlock(" + ADVISORY_KEY + ")");
            s.execute(setIdleSessionTimeout("reset_val"));
        }
    }

    private static boolean lockRow(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM batch_lock WHERE name = 'nightly' FOR UPDATE NOWAIT")) {
            return rs.next();
        }
    }

    /** PostgreSQL 55P03 lock_not_available; H2 50200 lock timeout (what NOWAIT raises there). */
    private static boolean isLockNotAvailable(SQLException e) {
        return "55P03".equals(e.getSQLState()) || e.getErrorCode() == 50200;
    }

    private static void close(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the lock goes with the connection either way
            }
        }
    }

    /** A held lock. Closing it releases it and returns the connection. */
    public static final class Held implements NightLock.Held {
        private final Connection connection;
        private final boolean postgres;

        private Held(Connection connection, boolean postgres) {
            this.connection = connection;
            this.postgres = postgres;
        }

        @Override
        public void close() {
            try {
                release(connection, postgres);
            } catch (SQLException e) {
                abort(connection); // a session lock must not go back to the pool: end the session instead
            } finally {
                JdbcNightLock.close(connection);
            }
        }
    }

    private static void abort(Connection connection) {
        try {
            connection.abort(Runnable::run);
        } catch (SQLException ignored) {
            // closing the connection follows
        }
    }
}
