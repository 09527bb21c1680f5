package com.servicepolicy.evaluator.store;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Connection;
import java.sql.SQLException;

/** PostgreSQL, where the store uses its own statements (advisory lock, COPY, look-ups by key: KeyLookUps). */
final class Postgres {
    private Postgres() {
    }

    static boolean is(Connection connection) throws SQLException {
        return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
    }

    /** Whether the template's database is PostgreSQL (asked once, on one of its connections). */
    static boolean is(JdbcTemplate jdbc) {
        return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) Postgres::is));
    }
}
