package com.servicepolicy.evaluator.batch;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Database URLs for tests: a fresh H2 database, or a fresh schema in the real PostgreSQL at
 * 127.0.0.1:5432/test. PostgreSQL being unreachable fails the test; it is never skipped.
 */
final class Databases {
    static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private Databases() {
    }

    static String freshH2Memory() {
        return "jdbc:h2:mem:batch" + System.nanoTime() + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
    }

    static String freshH2File(java.nio.file.Path dir) {
        return "jdbc:h2:file:" + dir.toAbsolutePath().resolve("evaluator") + ";AUTO_SERVER=TRUE";
    }

    /** Creates a schema of its own for the caller and returns a URL whose default schema it is. */
    static String freshPostgresSchema() {
        String schema = "batch_test_" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 1_000_000_000L
                + "_" + COUNTER.incrementAndGet();
        try (Connection c = DriverManager.getConnection(POSTGRES, "postgres", "")) {
            c.createStatement().execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + POSTGRES + " is required for this test and is not"
                    + " reachable: " + e.getMessage(), e);
        }
        return POSTGRES + "?reWriteBatchedInserts=true&currentSchema=" + schema;
    }

    static String user(String url) {
        return url.startsWith("jdbc:postgresql") ? "postgres" : "sa";
    }
}
