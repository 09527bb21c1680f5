package com.servicepolicy.evaluator.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Whether a connection is to PostgreSQL, where the store uses its own statements (advisory lock, COPY). */
final class Postgres {
    private Postgres() {
    }

    static boolean is(Connection connection) throws SQLException {
        return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
    }
}
