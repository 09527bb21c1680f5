package com.servicepolicy.evaluator.store;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.Set;

/**
 * Refreshes the query planner's statistics of tables a night has just filled, on PostgreSQL. Autovacuum
 * analyses them eventually (never, where it is off, as on the machines here), but a night's next steps plan
 * with what it knows now: after an analyse, an ordinary night's choose took 0.9-1.1 s instead of 1.9 s and
 * fairness 0.75 s instead of 1.4 s. H2 keeps its own statistics up to date.
 */
@Repository
public class PlannerStatistics {
    private static final Set<String> TABLES = Set.of("events", "customer_attributes", "violations", "run_violations");

    private final JdbcTemplate jdbc;
    private final boolean postgres;

    public PlannerStatistics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.postgres = Postgres.is(jdbc);
    }

    /** {@code ANALYZE} of each table named (one of the store's tables), on PostgreSQL; nothing elsewhere. */
    public void refresh(String... tables) {
        for (String table : tables) {
            if (!TABLES.contains(table)) {
                throw new IllegalArgumentException("not a table whose statistics a night refreshes: " + table);
            }
            if (postgres) {
                jdbc.execute("ANALYZE " + table);
            }
        }
    }
}
