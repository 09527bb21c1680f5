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
     * Identifiers and subjects are cast to the widths H2's columns have since V10 (twice the contract's limit in
     * characters, as H2 counts Java chars): H2 cuts a longer value in a CAST without a word.
     */
    private static final String VIOLATION_ROW = "(CAST(? AS VARCHAR(200)), CAST(? AS VARCHAR(200)),"
            + " CAST(? AS VARCHAR(16)), CAST(? AS VARCHAR(1024)), CAST(? AS VARCHAR(1024)), CAST(? AS VARCHAR(1024)),"
            + " CAST(? AS VARCHAR(1024)), CAST(? AS DOUBLE PRECISION), CAST(? AS DOUBLE PRECISION),"
            + " CAST(? AS VARCHAR(50)), CAST(? AS VARCHAR(4000)), CAST(? AS VARCHAR(1000)), CAST(? AS VARCHAR(500)),"
            + " CAST(? AS VARCHAR(200)), CAST(? AS DATE), CAST(? AS VARCHAR(50)), CAST(? AS VARCHAR(2000)),"
            + " CAST(? AS VARCHAR(1024)))";
    /**
     * Most violations a night records were seen before with the same details: those only move their last-seen
     * night, and a rerun of the night leaves them alone, instead of rewriting every column.
     */
    private static final String DETAILS_DIFFER = List.of("name", "policy", "severity", "customer_id",
            "interaction_id", "event_id", "agent_id", "measured", "threshold", "unit", "message", "actions",
            "rule_name", "service_level", "queue").stream().map(c -> " OR v." + c + " IS DISTINCT FROM s." + c).collect(Collectors.joining());
    private static final String MERGE_VIOLATIONS = "MERGE INTO violations v USING (VALUES $ROWS) AS s (name, policy,"
            + " severity, customer_id, interaction_id, event_id, agent_id, measured, threshold, unit, message,"
            + " actions, rule_name, service_level, run_date, code, subject, queue)"
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
    private static final String RUN_VIOLATION_ROW = "(CAST(? AS DATE), CAST(? AS VARCHAR(50)),"
            + " CAST(? AS VARCHAR(2000)), CAST(? AS VARCHAR(16)), CAST(? AS VARCHAR(200)))";
    private static final String MERGE_RUN_VIOLATIONS = "MERGE INTO run_violations r USING (VALUES $ROWS)"
            + " AS s (run_date, code, subject, severity, policy)"
            + " ON r.run_date = s.run_date AND r.code = s.code AND r.subject = s.subject"
            + " WHEN MATCHED THEN UPDATE SET severity = s.severity, policy = s.policy"
            + " WHEN NOT MATCHED THEN INSERT (run_date, code, subject, severity, policy)"
            + " VALUES (s.run_date, s.code, s.subject, s.severity, s.policy)";

    private static String valueRows(String row, int count) {
        return String.join(", ", Collections.nCopies(count, row));
    }

    private ViolationMerges() {
    }

    /** Upserts {@code rows} violations into {@code violations}; each row's parameters bound by {@link #bindViolation}. */
    public static String violations(int rows) {
        return MERGE_VIOLATIONS.replace("$ROWS", valueRows(VIOLATION_ROW, rows));
    }

    /** Records that the night saw {@code rows} violations, in {@code run_violations}; bound by {@link #bindRunViolation}. */
    public static String runViolations(int rows) {
        return MERGE_RUN_VIOLATIONS.replace("$ROWS", valueRows(RUN_VIOLATION_ROW, rows));
    }

    /**
     * Binds one row of {@link #violations(int)} from parameter {@code first} on, for the night {@code runDate}, with
     * the agent related to the violation and the queue of its interaction when known; returns the next index.
     */
    public static int bindViolation(PreparedStatement ps, int first, LocalDate runDate, Violation v, String agentId,
                                    String queue) throws SQLException {
        int i = first;
        ps.setString(i++, v.name());
        ps.setString(i++, v.policy());
        ps.setString(i++, v.severity().name());
        ps.setString(i++, v.customerId());
        ps.setString(i++, v.interactionId());
        ps.setString(i++, v.eventId());
        ps.setString(i++, agentId);
        setDouble(ps, i++, v.measured());
        setDouble(ps, i++, v.threshold());
        ps.setString(i++, v.unit());
        ps.setString(i++, StoredText.fit(v.message(), 4000));
        ps.setString(i++, v.actions().stream().map(RecommendedAction::code).collect(Collectors.joining(",")));
        ps.setString(i++, v.rule());
        ps.setString(i++, v.serviceLevel());
        ps.setObject(i++, runDate);
        ps.setString(i++, v.code());
        ps.setString(i++, v.subject());
        ps.setString(i++, queue);
        return i;
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

    private static void setDouble(PreparedStatement ps, int i, Double value) throws SQLException {
        if (value == null || value.isNaN() || value.isInfinite()) {
            ps.setNull(i, Types.DOUBLE);
        } else {
            ps.setDouble(i, value);
        }
    }
}
