package com.servicepolicy.evaluator.store;

import org.springframework.jdbc.core.JdbcTemplate;

/** The result of a {@code SELECT COUNT(*)} as a plain long (the template's result is a nullable Long). */
final class Counts {
    private Counts() {
    }

    static long of(JdbcTemplate jdbc, String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }
}
