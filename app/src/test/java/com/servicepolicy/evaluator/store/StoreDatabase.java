package com.servicepolicy.evaluator.store;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A fresh database for a store test: an in-memory H2, or a schema of its own in the real PostgreSQL at
 * 127.0.0.1:5432/test (unreachable fails the test; it is never skipped), migrated by Flyway.
 */
record StoreDatabase(String kind, String url, String user, String schema) {
    static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";

    /** {@code kind}: "h2" or "postgres"; migrated to the latest version. */
    static StoreDatabase migrated(String kind) {
        return fresh(kind).migrateTo("latest");
    }

    static StoreDatabase fresh(String kind) {
        String unique = ProcessHandle.current().pid() + "_" + System.nanoTime() % 1_000_000_000L;
        return switch (kind) {
            case "postgres" -> new StoreDatabase(kind, POSTGRES + "?currentSchema=store_test_" + unique, "postgres",
                    "store_test_" + unique);
            case "h2" -> new StoreDatabase(kind, "jdbc:h2:mem:store" + unique + ";DB_CLOSE_DELAY=-1", "sa", null);
            default -> throw new IllegalArgumentException("no such database kind: " + kind);
        };
    }

    /** Applies the migrations up to {@code version} ("latest" for all). */
    StoreDatabase migrateTo(String version) {
        var flyway = Flyway.configure().target(version).javaMigrations(new TextLimitsMigration(), new EventHistoriesMigration(), new HistoryCompressionMigration(),
                new LinesOfManyEventsMigration());
        if (schema != null) {
            flyway.dataSource(POSTGRES, user, "").schemas(schema).createSchemas(true);
        } else {
            flyway.dataSource(url, user, "");
        }
        flyway.load().migrate();
        return this;
    }

    DriverManagerDataSource dataSource() {
        return new DriverManagerDataSource(url, user, "");
    }

    /** A pool of one connection, as the application's pool hands out the same connection chunk after chunk. */
    com.zaxxer.hikari.HikariDataSource pooled() {
        var pool = new com.zaxxer.hikari.HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername(user);
        pool.setMaximumPoolSize(1);
        return pool;
    }

    JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource());
    }

    /** Runs {@code work} in one transaction on the template's data source, as a night's chunk runs. */
    static void inTransaction(JdbcTemplate jdbc, Runnable work) {
        new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()))
                .executeWithoutResult(status -> work.run());
    }
}
