package com.servicepolicy.evaluator.spark;

import com.servicepolicy.evaluator.evaluation.LogEvaluation;
import com.servicepolicy.evaluator.policy.Violation;
import com.servicepolicy.evaluator.store.sql.NightRunSql;
import com.servicepolicy.evaluator.store.sql.ViolationMerges;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records a Spark night in the PostgreSQL store the app's HTTP API and report read, with the batch's own statements
 * (module store-sql): the night's run record and figures, its violations (one row per code and subject, first and
 * last night seen, people's columns untouched, with their agent and queue), which of them it saw, their counts and the group rates. All in one
 * transaction, under the batch's advisory lock: a rerun replaces the night's rows whole, or nothing changes.
 * The schema is the app's: its Flyway migrations must have run (the app runs them when it starts).
 */
final class NightStore {
    /** Columns the statements write, by the migration that added them: probed before anything is written. */
    private static final List<String> SCHEMA_PROBES = List.of(
            "SELECT queue, status, returned_run_date, service_level, first_run_date FROM violations WHERE 1 = 0",
            "SELECT fairness_min_group, violation_detail_kept FROM nightly_runs WHERE 1 = 0",
            "SELECT violations FROM run_violation_counts WHERE 1 = 0",
            "SELECT refused FROM run_group_rates WHERE 1 = 0");

    /** Where the store is: a JDBC URL, and the user and password (null: the URL's or none). */
    record Target(String url, String user, String password) {
    }

    /** A violation the night saw, with the agent and the queue the store keeps with it (null: unknown). */
    record Seen(Violation violation, String agentId, String queue) {
    }

    /** The night as the runs table records it; {@code message}: beside its status (null: none). */
    record Night(LocalDate date, long asOf, String rulesVersion, int files, Accounting accounting, long customers,
                 long interactions, List<LogEvaluation.GroupCount> groups, long minGroupSize, String message) {
    }

    private final Target target;

    NightStore(Target target) {
        this.target = target;
    }

    /** Records the night and {@code violations} (in any order, each (code, subject) once); returns [seen, new]. */
    long[] record(Night night, Iterator<Seen> violations) throws SQLException {
        try (Connection c = DriverManager.getConnection(target.url(), target.user(), target.password())) {
            c.setAutoCommit(false);
            try {
                lock(c);
                probeSchema(c);
                long[] seen = write(c, night, violations);
                c.commit();
                return seen;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private static void lock(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT pg_try_advisory_xact_lock(" + NightRunSql.ADVISORY_KEY + ")")) {
            if (!rs.next() || !rs.getBoolean(1)) {
                throw new SQLException("another night is writing this store (the batch lock is held)");
            }
        }
    }

    private static void probeSchema(Connection c) throws SQLException {
        for (String probe : SCHEMA_PROBES) {
            try (Statement s = c.createStatement()) {
                s.executeQuery(probe).close();
            } catch (SQLException e) {
                throw new SQLException("the store's schema is not the app's current one (start the app once against it,"
                        + " which migrates it): " + e.getMessage(), e);
            }
        }
    }

    private static long[] write(Connection c, Night night, Iterator<Seen> violations) throws SQLException {
        LocalDate date = night.date();
        int attempt = 1 + (int) queryLong(c, "SELECT COALESCE(MAX(attempt), 0) FROM nightly_runs WHERE run_date = ?", date);
        for (String table : NightRunSql.PER_NIGHT_TABLES) {
            update(c, NightRunSql.deleteNight(table), date);
        }
        long now = System.currentTimeMillis();
        if (update(c, NightRunSql.RESET_RUN, attempt, "STARTED", night.asOf(), now, date) == 0) {
            update(c, NightRunSql.INSERT_RUN, date, attempt, "STARTED", night.asOf(), now);
        }
        update(c, NightRunSql.SET_RULES_VERSION, night.rulesVersion(), date);
        Accounting a = night.accounting();
        update(c, NightRunSql.SET_INGEST_COUNTS, night.files(), a.read(), a.evaluated(), a.duplicates(), a.rejected(), date);
        update(c, NightRunSql.ADD_EVALUATED, night.customers(), night.interactions(), date);
        // A MERGE may not touch a row twice: a (code, subject) repeated within a statement's rows counts once.
        Map<String, Seen> part = new LinkedHashMap<>();
        execute(c, ViolationMerges.POSTGRES_PROBE_BY_KEY);
        while (violations.hasNext()) {
            Seen seen = violations.next();
            part.put(seen.violation().code() + '\u0000' + seen.violation().subject(), seen);
            if (part.size() == ViolationMerges.ROWS || !violations.hasNext()) {
                merge(c, date, List.copyOf(part.values()));
                part.clear();
            }
        }
        execute(c, ViolationMerges.POSTGRES_PLAN_FREELY);
        update(c, NightRunSql.DELETE_VIOLATION_COUNTS, date);
        update(c, NightRunSql.INSERT_VIOLATION_COUNTS, date);
        update(c, NightRunSql.SET_FAIRNESS_MIN_GROUP, night.minGroupSize(), date);
        try (PreparedStatement ps = c.prepareStatement(NightRunSql.INSERT_GROUP_RATE)) {
            for (LogEvaluation.GroupCount g : night.groups()) {
                bind(ps, date, g.attribute(), g.group(), g.interactions(), g.refused());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        long seen = queryLong(c, NightRunSql.COUNT_SEEN, date);
        long fresh = queryLong(c, NightRunSql.COUNT_NEW, date, date);
        update(c, NightRunSql.COMPLETE, "COMPLETED", seen, fresh, System.currentTimeMillis(), date);
        update(c, NightRunSql.SET_MESSAGE, night.message(), date);
        return new long[] {seen, fresh};
    }

    private static void merge(Connection c, LocalDate date, List<Seen> part) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(ViolationMerges.violations(part.size()))) {
            int i = 1;
            for (Seen s : part) {
                i = ViolationMerges.bindViolation(ps, i, date, s.violation(), s.agentId(), s.queue());
            }
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(ViolationMerges.runViolations(part.size()))) {
            int i = 1;
            for (Seen s : part) {
                i = ViolationMerges.bindRunViolation(ps, i, date, s.violation());
            }
            ps.executeUpdate();
        }
    }

    private static void execute(Connection c, String statements) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(statements);
        }
    }

    private static int update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, parameters);
            return ps.executeUpdate();
        }
    }

    private static long queryLong(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, parameters);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void bind(PreparedStatement ps, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            ps.setObject(i + 1, parameters[i]);
        }
    }
}
