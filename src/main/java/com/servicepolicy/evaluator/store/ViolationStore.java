package com.servicepolicy.evaluator.store;

import com.servicepolicy.evaluator.policy.RecommendedAction;
import com.servicepolicy.evaluator.policy.Violation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The violations store: one row per (code, subject) however often nights see it; a night that sees
 * it again moves its last-seen night and refreshes its details (a late reply's measure grows).
 * {@code run_violations} records which nights saw which violations.
 */
@Repository
public class ViolationStore {
    private static final RowMapper<StoredViolation> MAPPER = (rs, i) -> new StoredViolation(
            rs.getString("code"), rs.getString("subject"), rs.getString("name"), rs.getString("policy"),
            rs.getString("severity"), rs.getString("customer_id"), rs.getString("interaction_id"),
            rs.getString("event_id"), rs.getString("agent_id"), rs.getObject("measured", Double.class),
            rs.getObject("threshold", Double.class), rs.getString("unit"), rs.getString("message"),
            rs.getString("actions") == null || rs.getString("actions").isEmpty() ? List.of()
                    : Arrays.asList(rs.getString("actions").split(",")),
            rs.getString("rule_name"), rs.getObject("first_run_date", LocalDate.class),
            rs.getObject("last_run_date", LocalDate.class));

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    public ViolationStore(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    /** Records violations seen by the night; idempotent for a (code, subject) within the night. */
    public void recordSeen(LocalDate runDate, List<SeenViolation> seen) {
        if (seen.isEmpty()) {
            return;
        }
        int[][] updated = jdbc.batchUpdate("UPDATE violations SET name = ?, policy = ?, severity = ?, customer_id = ?,"
                + " interaction_id = ?, event_id = ?, agent_id = ?, measured = ?, threshold = ?, unit = ?, message = ?,"
                + " actions = ?, rule_name = ?,"
                + " first_run_date = CASE WHEN first_run_date > ? THEN ? ELSE first_run_date END,"
                + " last_run_date = CASE WHEN last_run_date < ? THEN ? ELSE last_run_date END"
                + " WHERE code = ? AND subject = ?", seen, 1000, (ps, s) -> {
                    int i = details(ps, s);
                    for (int k = 0; k < 4; k++) {
                        ps.setObject(i++, runDate);
                    }
                    ps.setString(i++, s.violation().code());
                    ps.setString(i, s.violation().subject());
                });
        List<SeenViolation> absent = new ArrayList<>();
        int n = 0;
        for (int[] batch : updated) {
            for (int count : batch) {
                if (count == 0) {
                    absent.add(seen.get(n));
                }
                n++;
            }
        }
        jdbc.batchUpdate("INSERT INTO violations (name, policy, severity, customer_id, interaction_id, event_id,"
                + " agent_id, measured, threshold, unit, message, actions, rule_name, first_run_date, last_run_date,"
                + " code, subject) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", absent, 1000, (ps, s) -> {
                    int i = details(ps, s);
                    ps.setObject(i++, runDate);
                    ps.setObject(i++, runDate);
                    ps.setString(i++, s.violation().code());
                    ps.setString(i, s.violation().subject());
                });
        int[][] marked = jdbc.batchUpdate("UPDATE run_violations SET severity = ?, policy = ?"
                + " WHERE run_date = ? AND code = ? AND subject = ?", seen, 1000, (ps, s) -> {
                    ps.setString(1, s.violation().severity().name());
                    ps.setString(2, s.violation().policy());
                    ps.setObject(3, runDate);
                    ps.setString(4, s.violation().code());
                    ps.setString(5, s.violation().subject());
                });
        List<SeenViolation> unmarked = new ArrayList<>();
        n = 0;
        for (int[] batch : marked) {
            for (int count : batch) {
                if (count == 0) {
                    unmarked.add(seen.get(n));
                }
                n++;
            }
        }
        jdbc.batchUpdate("INSERT INTO run_violations (run_date, code, subject, severity, policy) VALUES (?, ?, ?, ?, ?)",
                unmarked, 1000, (ps, s) -> {
                    ps.setObject(1, runDate);
                    ps.setString(2, s.violation().code());
                    ps.setString(3, s.violation().subject());
                    ps.setString(4, s.violation().severity().name());
                    ps.setString(5, s.violation().policy());
                });
    }

    private static int details(PreparedStatement ps, SeenViolation s) throws SQLException {
        Violation v = s.violation();
        int i = 1;
        ps.setString(i++, v.name());
        ps.setString(i++, v.policy());
        ps.setString(i++, v.severity().name());
        ps.setString(i++, v.customerId());
        ps.setString(i++, v.interactionId());
        ps.setString(i++, v.eventId());
        ps.setString(i++, s.agentId());
        setDouble(ps, i++, v.measured());
        setDouble(ps, i++, v.threshold());
        ps.setString(i++, v.unit());
        ps.setString(i++, v.message() == null || v.message().length() <= 4000 ? v.message()
                : v.message().substring(0, 3990) + " ...");
        ps.setString(i++, v.actions().stream().map(RecommendedAction::code).collect(Collectors.joining(",")));
        ps.setString(i++, v.rule());
        return i;
    }

    private static void setDouble(PreparedStatement ps, int i, Double value) throws SQLException {
        if (value == null || value.isNaN() || value.isInfinite()) {
            ps.setNull(i, Types.DOUBLE);
        } else {
            ps.setDouble(i, value);
        }
    }

    /** Violations seen by the night, and how many of them it saw first. */
    public long[] countSeen(LocalDate runDate) {
        Long seen = jdbc.queryForObject("SELECT COUNT(*) FROM run_violations WHERE run_date = ?", Long.class, runDate);
        Long fresh = jdbc.queryForObject("SELECT COUNT(*) FROM run_violations rv JOIN violations v"
                + " ON v.code = rv.code AND v.subject = rv.subject WHERE rv.run_date = ? AND v.first_run_date = ?",
                Long.class, runDate, runDate);
        return new long[] {seen == null ? 0 : seen, fresh == null ? 0 : fresh};
    }

    /** Every violation the night saw, by code then subject (for the CSV export and comparisons). */
    public List<StoredViolation> seenBy(LocalDate runDate) {
        return jdbc.query("SELECT v.* FROM violations v JOIN run_violations rv ON v.code = rv.code"
                + " AND v.subject = rv.subject WHERE rv.run_date = ? ORDER BY v.code, v.subject", MAPPER, runDate);
    }

    public Page<StoredViolation> search(ViolationFilter f, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        MapSqlParameterSource p = new MapSqlParameterSource();
        condition(where, p, "code", f.code());
        condition(where, p, "severity", f.severity());
        condition(where, p, "policy", f.policy());
        condition(where, p, "agent_id", f.agentId());
        condition(where, p, "customer_id", f.customerId());
        if (f.from() != null) {
            where.append(" AND last_run_date >= :from");
            p.addValue("from", f.from());
        }
        if (f.to() != null) {
            where.append(" AND first_run_date <= :to");
            p.addValue("to", f.to());
        }
        Long total = named.queryForObject("SELECT COUNT(*) FROM violations" + where, p, Long.class);
        p.addValue("limit", size).addValue("offset", (long) page * size);
        List<StoredViolation> items = named.query("SELECT * FROM violations" + where
                + " ORDER BY last_run_date DESC, code, subject LIMIT :limit OFFSET :offset", p, MAPPER);
        return new Page<>(items, page, size, total == null ? 0 : total);
    }

    private static void condition(StringBuilder where, MapSqlParameterSource p, String column, String value) {
        if (value != null && !value.isBlank()) {
            where.append(" AND ").append(column).append(" = :").append(column);
            p.addValue(column, value);
        }
    }
}
