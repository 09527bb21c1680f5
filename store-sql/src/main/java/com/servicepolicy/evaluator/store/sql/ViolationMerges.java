package com.servicepolicy.evaluator.store.sql;

import com.servicepolicy.evaluator.policy.RecommendedAction;
import com.servicepolicy.evaluator.policy.Violation;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The standard {@code MERGE} statements (H2 and PostgreSQL 15+) that record a night's violations, for a given
 * number of violations taken as a {@code VALUES} source, and how a violation's values are bound to them. Each
 * value is cast so that both databases type the source's columns alike. Used by the batch's violations store and
 * by the Spark night, so that both record a violation alike (first and last night seen, people's columns kept).
 */
public final class ViolationMerges {
    /** Violations per statement: 250 x 18 = 4,500 parameters, well within the limits of both drivers. */
    public static final int ROWS = 250;
    /**
     * On PostgreSQL, set before a transaction's merges: no hash or merge join, so that each source row probes the
     * target's key. The target tables grow through a night unanalysed (a never-analysed table is estimated from its
     * pages at a default row width: 13,748 rows for 216,522), and the planner then often hashed the whole target for
     * every statement: a sequential scan of every violation stored so far, per chunk, so that a night's merges grew with
     * the square of its violations. A statement's rows are bounded, so probing the key is right whatever the tables hold.
     */
    public static final String POSTGRES_PROBE_BY_KEY = "SET LOCAL enable_hashjoin = off; SET LOCAL enable_mergejoin = off";
    /** After the merges: the session's own settings again for the rest of the transaction. */
    public static final String POSTGRES_PLAN_FREELY =
            "SET LOCAL enable_hashjoin TO DEFAULT; SET LOCAL enable_mergejoin TO DEFAULT";

    /**
     * The source's columns in binding order, each with the type it is cast to. Identifiers and subjects are cast to
     * the widths H2's columns have since V10 (twice the contract's limit in characters, as H2 counts Java chars): H2
     * cuts a longer value in a CAST without a word, and so does PostgreSQL.
     */
    private static final List<String[]> VIOLATION_COLUMNS = List.of(
            column("name", "VARCHAR(200)"), column("policy", "VARCHAR(200)"), column("severity", "VARCHAR(16)"),
            column("customer_id", "VARCHAR(1024)"), column("interaction_id", "VARCHAR(1024)"),
            column("event_id", "VARCHAR(1024)"), column("agent_id", "VARCHAR(1024)"),
            column("measured", "DOUBLE PRECISION"), column("threshold", "DOUBLE PRECISION"),
            column("unit", "VARCHAR(50)"), column("message", "VARCHAR(4000)"), column("actions", "VARCHAR(1000)"),
            column("rule_name", "VARCHAR(500)"), column("service_level", "VARCHAR(200)"), column("run_date", "DATE"),
            column("code", "VARCHAR(50)"), column("subject", "VARCHAR(2000)"), column("queue", "VARCHAR(1024)"));
    private static final String VIOLATION_ROW = VIOLATION_COLUMNS.stream().map(c -> "CAST(? AS " + c[1] + ")")
            .collect(Collectors.joining(", ", "(", ")"));
    private static final String SOURCE_COLUMNS = VIOLATION_COLUMNS.stream().map(c -> c[0])
            .collect(Collectors.joining(", "));
    /**
     * Most violations a night records were seen before with the same details: those only move their last-seen
     * night, and a rerun of the night leaves them alone, instead of rewriting every column.
     */
    private static final String DETAILS_DIFFER = List.of("name", "policy", "severity", "customer_id",
            "interaction_id", "event_id", "agent_id", "measured", "threshold", "unit", "message", "actions",
            "rule_name", "service_level", "queue").stream().map(c -> " OR v." + c + " IS DISTINCT FROM s." + c).collect(Collectors.joining());
    private static final String MERGE_VIOLATIONS = "MERGE INTO violations v USING $SOURCE AS s ("
            + SOURCE_COLUMNS + ")"
            + " ON v.code = s.code AND v.subject = s.subject"
            + " WHEN MATCHED AND (v.first_run_date > s.run_date" + DETAILS_DIFFER + ")"
            + " THEN UPDATE SET name = s.name, policy = s.policy, severity = s.severity,"
            + " customer_id = s.customer_id, interaction_id = s.interaction_id, event_id = s.event_id,"
            + " agent_id = s.agent_id, measured = s.measured, threshold = s.threshold, unit = s.unit,"
            + " message = s.message, actions = s.actions, rule_name = s.rule_name, service_level = s.service_level,"
            + " queue = s.queue,"
            // a closed violation found with other details by a night after the last one its closer could see has
            // come back; status, assignee and closed_through are people's and never written here
            + " returned_run_date = CASE WHEN v.returned_run_date IS NULL AND v.closed_through IS NOT NULL"
            + " AND s.run_date > v.closed_through THEN s.run_date ELSE v.returned_run_date END,"
            + " first_run_date = CASE WHEN v.first_run_date > s.run_date THEN s.run_date ELSE v.first_run_date END,"
            + " last_run_date = CASE WHEN v.last_run_date < s.run_date THEN s.run_date ELSE v.last_run_date END"
            + " WHEN MATCHED AND v.last_run_date < s.run_date THEN UPDATE SET last_run_date = s.run_date"
            + " WHEN NOT MATCHED THEN INSERT (code, subject, name, policy, severity, customer_id, interaction_id,"
            + " event_id, agent_id, measured, threshold, unit, message, actions, rule_name, service_level,"
            + " first_run_date, last_run_date, queue) VALUES (s.code, s.subject, s.name, s.policy, s.severity,"
            + " s.customer_id, s.interaction_id, s.event_id, s.agent_id, s.measured, s.threshold, s.unit, s.message,"
            + " s.actions, s.rule_name, s.service_level, s.run_date, s.run_date, s.queue)";
    private static final List<String[]> RUN_VIOLATION_COLUMNS = List.of(column("run_date", "DATE"),
            column("code", "VARCHAR(50)"), column("subject", "VARCHAR(2000)"), column("severity", "VARCHAR(16)"),
            column("policy", "VARCHAR(200)"));
    private static final String RUN_VIOLATION_ROW = RUN_VIOLATION_COLUMNS.stream()
            .map(c -> "CAST(? AS " + c[1] + ")").collect(Collectors.joining(", ", "(", ")"));
    private static final String MERGE_RUN_VIOLATIONS = "MERGE INTO run_violations r USING $SOURCE"
            + " AS s (run_date, code, subject, severity, policy)"
            + " ON r.run_date = s.run_date AND r.code = s.code AND r.subject = s.subject"
            + " WHEN MATCHED THEN UPDATE SET severity = s.severity, policy = s.policy"
            + " WHEN NOT MATCHED THEN INSERT (run_date, code, subject, severity, policy)"
            + " VALUES (s.run_date, s.code, s.subject, s.severity, s.policy)";

    private static String valueRows(String row, int count) {
        return String.join(", ", Collections.nCopies(count, row));
    }

    /** A query of {@code columns} from {@code table}, each cast as a bound value of it is. */
    private static String castFrom(List<String[]> columns, String table) {
        return columns.stream().map(c -> "CAST(" + c[0] + " AS " + c[1] + ")")
                .collect(Collectors.joining(", ", "(SELECT ", " FROM " + table + ")"));
    }

    private static String[] column(String name, String type) {
        return new String[] {name, type};
    }

    private ViolationMerges() {
    }

    /** Upserts {@code rows} violations into {@code violations}; each row's parameters bound by {@link #bindViolation}. */
    public static String violations(int rows) {
        return MERGE_VIOLATIONS.replace("$SOURCE", "(VALUES " + valueRows(VIOLATION_ROW, rows) + ")");
    }

    /**
     * Upserts every row of {@code table}, whose columns are named and ordered as {@link #bindViolation} binds them
     * (any types that cast to theirs: {@link #stagingColumns}), into {@code violations}, cast as the bound values are.
     */
    public static String violationsFrom(String table) {
        return MERGE_VIOLATIONS.replace("$SOURCE", castFrom(VIOLATION_COLUMNS, table));
    }

    /** Records every row of {@code table} (as in {@link #violationsFrom}) in {@code run_violations}. */
    public static String runViolationsFrom(String table) {
        return MERGE_RUN_VIOLATIONS.replace("$SOURCE", castFrom(RUN_VIOLATION_COLUMNS, table));
    }

    /**
     * The columns of a table {@link #violationsFrom} reads, in binding order, as {@code name type} pairs: texts
     * unbounded (the statement casts them), the rest as cast.
     */
    public static String stagingColumns() {
        return VIOLATION_COLUMNS.stream().map(c -> c[0] + " " + (c[1].startsWith("VARCHAR") ? "TEXT" : c[1]))
                .collect(Collectors.joining(", "));
    }

    /** Records that the night saw {@code rows} violations, in {@code run_violations}; bound by {@link #bindRunViolation}. */
    public static String runViolations(int rows) {
        return MERGE_RUN_VIOLATIONS.replace("$SOURCE", "(VALUES " + valueRows(RUN_VIOLATION_ROW, rows) + ")");
    }

    /**
     * Binds one row of {@link #violations(int)} from parameter {@code first} on, for the night {@code runDate}, with
     * the agent related to the violation and the queue of its interaction when known; returns the next index.
     */
    public static int bindViolation(PreparedStatement ps, int first, LocalDate runDate, Violation v, String agentId,
                                    String queue) throws SQLException {
        Object[] values = violationValues(runDate, v, agentId, queue);
        for (int c = 0; c < values.length; c++) {
            int i = first + c;
            if (values[c] == null) {
                ps.setNull(i, VIOLATION_COLUMNS.get(c)[1].startsWith("DOUBLE") ? Types.DOUBLE : Types.VARCHAR);
            } else if (values[c] instanceof Double d) {
                ps.setDouble(i, d);
            } else if (values[c] instanceof LocalDate date) {
                ps.setObject(i, date);
            } else {
                ps.setString(i, (String) values[c]);
            }
        }
        return first + values.length;
    }

    /**
     * One row's values in binding order ({@link #bindViolation}, {@link #stagingColumns}): texts, {@link Double}s
     * (none for a measure that is not a finite number), the night as a {@link LocalDate}, or null.
     */
    public static Object[] violationValues(LocalDate runDate, Violation v, String agentId, String queue) {
        return new Object[] {v.name(), v.policy(), v.severity().name(), v.customerId(), v.interactionId(),
                v.eventId(), agentId, finite(v.measured()), finite(v.threshold()), v.unit(),
                StoredText.fit(v.message(), 4000),
                v.actions().stream().map(RecommendedAction::code).collect(Collectors.joining(",")), v.rule(),
                v.serviceLevel(), runDate, v.code(), v.subject(), queue};
    }

    private static Double finite(Double value) {
        return value == null || value.isNaN() || value.isInfinite() ? null : value;
    }

    /** Binds one row of {@link #runViolations(int)} from parameter {@code first} on; returns the next index. */
    public static int bindRunViolation(PreparedStatement ps, int first, LocalDate runDate, Violation v) throws SQLException {
        int i = first;
        ps.setObject(i++, runDate);
        ps.setString(i++, v.code());
        ps.setString(i++, v.subject());
        ps.setString(i++, v.severity().name());
        ps.setString(i++, v.policy());
        return i;
    }
}
