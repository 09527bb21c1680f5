package com.servicepolicy.evaluator.store.sql;

import java.util.List;

/**
 * The statements that keep a night's record (the {@code nightly_runs} row, with its figures) and the per-night
 * tables an attempt replaces, with their parameters in order. Used by the batch's store adapters and by the Spark
 * night, so that a night written by either reads the same to the HTTP API and the report.
 */
public final class NightRunSql {
    /** What an attempt at a night records about it, besides the events and violations (which stay). */
    public static final List<String> PER_NIGHT_TABLES = List.of("run_rejects", "run_duplicates", "run_checkpoints",
            "run_customers", "run_violations", "run_violation_counts", "run_first_responses", "run_group_rates",
            "run_expired_events");

    /**
     * Key of the PostgreSQL advisory lock that lets one night at a time write a store: a fixed class ("SPEN" in ASCII)
     * and the hash of the schema, since advisory locks are database-wide and each schema is a store of its own.
     */
    public static final String ADVISORY_KEY = "1397769550, hashtext(current_schema())";

    /** attempt, status, as_of_ms, started_ms, run_date: resets the night's row for a new attempt (0 rows: none yet). */
    public static final String RESET_RUN = "UPDATE nightly_runs SET attempt = ?, status = ?, as_of_ms = ?, started_ms = ?,"
            + " finished_ms = NULL, files = 0, read_count = 0, evaluated = 0, duplicates = 0, rejected = 0,"
            + " customers = 0, interactions = 0, violations = 0, new_violations = 0, message = NULL,"
            + " violation_detail_kept = TRUE"
            + " WHERE run_date = ?";
    /** run_date, attempt, status, as_of_ms, started_ms: the night's first attempt. */
    public static final String INSERT_RUN = "INSERT INTO nightly_runs (run_date, attempt, status, as_of_ms, started_ms)"
            + " VALUES (?, ?, ?, ?, ?)";
    /** rules_version, run_date. */
    public static final String SET_RULES_VERSION = "UPDATE nightly_runs SET rules_version = ? WHERE run_date = ?";
    /** files, read_count, evaluated, duplicates, rejected, run_date. */
    public static final String SET_INGEST_COUNTS = "UPDATE nightly_runs SET files = ?, read_count = ?, evaluated = ?,"
            + " duplicates = ?, rejected = ? WHERE run_date = ?";
    /** customers, interactions, run_date: adds one evaluated chunk's figures. */
    public static final String ADD_EVALUATED = "UPDATE nightly_runs SET customers = customers + ?,"
            + " interactions = interactions + ? WHERE run_date = ?";
    /** status, violations, new_violations, finished_ms, run_date. */
    public static final String COMPLETE = "UPDATE nightly_runs SET status = ?, violations = ?, new_violations = ?,"
            + " finished_ms = ? WHERE run_date = ?";
    /** message, run_date: what the runs page shows beside the night's status. */
    public static final String SET_MESSAGE = "UPDATE nightly_runs SET message = ? WHERE run_date = ?";
    /** run_date: violations the night saw. */
    public static final String COUNT_SEEN = "SELECT COUNT(*) FROM run_violations WHERE run_date = ?";
    /** run_date, run_date: violations the night saw first. */
    public static final String COUNT_NEW = "SELECT COUNT(*) FROM run_violations rv JOIN violations v"
            + " ON v.code = rv.code AND v.subject = rv.subject WHERE rv.run_date = ? AND v.first_run_date = ?";
    /** run_date: before {@link #INSERT_VIOLATION_COUNTS}. */
    public static final String DELETE_VIOLATION_COUNTS = "DELETE FROM run_violation_counts WHERE run_date = ?";
    /** run_date: the night's counts by code, severity and policy, which outlive its detail. */
    public static final String INSERT_VIOLATION_COUNTS = "INSERT INTO run_violation_counts (run_date, code, severity,"
            + " policy, violations) SELECT run_date, code, severity, policy, COUNT(*) FROM run_violations"
            + " WHERE run_date = ? GROUP BY run_date, code, severity, policy";
    /** fairness_min_group, run_date. */
    public static final String SET_FAIRNESS_MIN_GROUP = "UPDATE nightly_runs SET fairness_min_group = ? WHERE run_date = ?";
    /** run_date. */
    public static final String DELETE_GROUP_RATES = "DELETE FROM run_group_rates WHERE run_date = ?";
    /** run_date, attribute, group_label, interactions, refused. */
    public static final String INSERT_GROUP_RATE = "INSERT INTO run_group_rates (run_date, attribute, group_label,"
            + " interactions, refused) VALUES (?, ?, ?, ?, ?)";

    private NightRunSql() {
    }

    /** run_date: forgets what an earlier attempt recorded in {@code table} (one of {@link #PER_NIGHT_TABLES}). */
    public static String deleteNight(String table) {
        if (!PER_NIGHT_TABLES.contains(table)) {
            throw new IllegalArgumentException("not a per-night table: " + table);
        }
        return "DELETE FROM " + table + " WHERE run_date = ?";
    }
}
