package com.servicepolicy.evaluator.store;

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
 * next run may start (and resume the night) at once. The lock is held by a transaction left open
 * for the run and ended by {@link Held#close()} (a rollback, so a pooled connection comes back
 * clean). PostgreSQL: a transaction advisory lock (no row is written, so VACUUM is not held back);
 * the holding transaction turns off {@code idle_in_transaction_session_timeout} for itself
 * ({@code SET LOCAL}), so a server default shorter than a night cannot end the lock early.
 * Others (H2): the {@code batch_lock} row, locked {@code FOR UPDATE NOWAIT}.
 */
@Component
public class BatchLock {
    /** Key of the PostgreSQL advisory lock: any fixed number; this one spells "SPENIGHT" in ASCII. */
    static final long ADVISORY_KEY = 0x5350454E49474854L;

    private final DataSource dataSource;

    public BatchLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Takes the lock or throws {@link BatchLockedException} at once; close the result to release it. */
    public Held acquire() {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            if (!(Postgres.is(connection) ? advisory(connection) : lockRow(connection))) {
                throw new BatchLockedException();
            }
            return new Held(connection);
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
            s.execute("SET LOCAL idle_in_transaction_session_timeout = 0");
            try (ResultSet rs = s.executeQuery("SELECT pg_try_advisory_xact_lock(" + ADVISORY_KEY + ")")) {
                return rs.next() && rs.getBoolean(1);
            }
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

    /** A held lock. Closing it ends its transaction, which releases it, and returns the connection. */
    public static final class Held implements AutoCloseable {
        private final Connection connection;

        private Held(Connection connection) {
            this.connection = connection;
        }

        @Override
        public void close() {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // closing the connection below releases the lock too
            } finally {
                BatchLock.close(connection);
            }
        }
    }
}
