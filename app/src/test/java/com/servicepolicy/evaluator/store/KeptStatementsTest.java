package com.servicepolicy.evaluator.store;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.PreparedStatement;

import static org.assertj.core.api.Assertions.assertThat;

class KeptStatementsTest {
    private static final String SQL = "MERGE INTO nightly_runs r USING (VALUES (CAST(? AS DATE))) AS s (run_date)"
            + " ON r.run_date = s.run_date WHEN MATCHED THEN UPDATE SET status = r.status";

    private final KeptStatements kept = new KeptStatements();

    @Test
    void keepsAnH2StatementFromOneCallToTheNextUntilItsConnectionCloses() throws Exception {
        try (var pool = StoreDatabase.migrated("h2").pooled()) {
            JdbcTemplate jdbc = new JdbcTemplate(pool);
            PreparedStatement first = statementOf(jdbc);
            PreparedStatement again = statementOf(jdbc);
            assertThat(again).isSameAs(first);
            assertThat(first.isClosed()).as("open after its call, although the pool took the connection back").isFalse();

            pool.getHikariPoolMXBean().softEvictConnections(); // the pool retires its connection (closed by another thread)
            PreparedStatement afterwards = statementOf(jdbc);
            assertThat(afterwards).isNotSameAs(first);
            for (long end = System.nanoTime() + 5_000_000_000L; !first.getConnection().isClosed() && System.nanoTime() < end; ) {
                Thread.sleep(10);
            }
            assertThat(first.getConnection().isClosed()).as("the first statement's connection").isTrue();
            assertThat(afterwards.isClosed()).isFalse();
        }
    }

    @Test
    void preparesAndClosesOtherDatabasesStatementsAsUsual() throws Exception {
        try (var pool = StoreDatabase.migrated("postgres").pooled()) {
            PreparedStatement statement = statementOf(new JdbcTemplate(pool));
            assertThat(statement.isClosed()).isTrue();
        }
    }

    /** Prepares, runs and releases the statement in one call, as a store does; returns it. */
    private PreparedStatement statementOf(JdbcTemplate jdbc) {
        return jdbc.execute((ConnectionCallback<PreparedStatement>) con -> {
            PreparedStatement statement = kept.prepare(con, SQL);
            statement.setObject(1, java.time.LocalDate.of(2026, 3, 3));
            statement.executeUpdate();
            kept.release(statement);
            return statement;
        });
    }
}
