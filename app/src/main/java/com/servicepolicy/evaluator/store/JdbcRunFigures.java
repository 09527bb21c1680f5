package com.servicepolicy.evaluator.store;

import com.servicepolicy.evaluator.store.sql.NightRunSql;
import com.servicepolicy.evaluator.night.GroupRate;
import com.servicepolicy.evaluator.night.ResponseTimes;

import com.servicepolicy.evaluator.night.RunFigures;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The per-night figures the report draws: response times, group refusal rates, violation counts. */
@Repository
public class JdbcRunFigures implements RunFigures {
    private final JdbcTemplate jdbc;

    public JdbcRunFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds one chunk's response times to the night's (called inside the chunk's transaction). */
    @Override
    public void addResponseTimes(LocalDate runDate, Collection<ResponseTimes> times) {
        jdbc.batchUpdate("MERGE INTO run_first_responses t USING (SELECT CAST(? AS DATE) AS run_date,"
                + " CAST(? AS VARCHAR(20)) AS dimension, CAST(? AS VARCHAR(512)) AS key_value,"
                + " CAST(? AS BIGINT) AS responses, CAST(? AS BIGINT) AS total_ms, CAST(? AS BIGINT) AS max_ms) s"
                + " ON t.run_date = s.run_date AND t.dimension = s.dimension AND t.key_value = s.key_value"
                + " WHEN MATCHED THEN UPDATE SET responses = t.responses + s.responses, total_ms = t.total_ms + s.total_ms,"
                + " max_ms = CASE WHEN t.max_ms < s.max_ms THEN s.max_ms ELSE t.max_ms END"
                + " WHEN NOT MATCHED THEN INSERT (run_date, dimension, key_value, responses, total_ms, max_ms)"
                + " VALUES (s.run_date, s.dimension, s.key_value, s.responses, s.total_ms, s.max_ms)",
                List.copyOf(times), 1000, (ps, t) -> {
                    ps.setObject(1, runDate);
                    ps.setString(2, t.dimension());
                    ps.setString(3, t.key());
                    ps.setLong(4, t.responses());
                    ps.setLong(5, t.totalMillis());
                    ps.setLong(6, t.maxMillis());
                });
    }

    /** The slowest keys of a dimension by average first response, among those with at least {@code minResponses}. */
    @Override
    public List<ResponseTimes> slowest(LocalDate runDate, String dimension, int limit, int minResponses) {
        return jdbc.query("SELECT dimension, key_value, responses, total_ms, max_ms FROM run_first_responses"
                        + " WHERE run_date = ? AND dimension = ? AND responses >= ?"
                        + " ORDER BY total_ms / responses DESC, key_value LIMIT ?",
                (rs, i) -> new ResponseTimes(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5)), runDate, dimension, Math.max(1, minResponses), limit);
    }

    /** The night's group tallies, and the smallest group size the rules judged them with. */
    @Override
    public void replaceGroupRates(LocalDate runDate, List<GroupRate> rates, long minGroupSize) {
        jdbc.update(NightRunSql.SET_FAIRNESS_MIN_GROUP, minGroupSize, runDate);
        jdbc.update(NightRunSql.DELETE_GROUP_RATES, runDate);
        jdbc.batchUpdate(NightRunSql.INSERT_GROUP_RATE, rates, 1000, (ps, r) -> {
                    ps.setObject(1, runDate);
                    ps.setString(2, r.attribute());
                    ps.setString(3, r.group());
                    ps.setLong(4, r.interactions());
                    ps.setLong(5, r.refused());
                });
    }

    @Override
    public List<GroupRate> groupRates(LocalDate runDate) {
        return jdbc.query("SELECT attribute, group_label, interactions, refused FROM run_group_rates"
                        + " WHERE run_date = ? ORDER BY attribute, group_label",
                (rs, i) -> new GroupRate(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)), runDate);
    }

    /** The smallest group size FAIR-003 judged the night's groups with. */
    @Override
    public long fairnessMinGroupSize(LocalDate runDate) {
        Long size = jdbc.queryForObject("SELECT fairness_min_group FROM nightly_runs WHERE run_date = ?", Long.class,
                runDate);
        return size == null ? 0 : size;
    }

    /**
     * Counts the violations the night saw by code, severity and policy, once they are all recorded: the report
     * and later nights' trends read these counts, which outlive the night's detail (see RunDetail).
     */
    @Override
    public void countSeenViolations(LocalDate runDate) {
        jdbc.update(NightRunSql.DELETE_VIOLATION_COUNTS, runDate);
        jdbc.update(NightRunSql.INSERT_VIOLATION_COUNTS, runDate);
    }

    /** Violations the night saw, counted by {@code code}, {@code severity} or {@code policy}. */
    @Override
    public Map<String, Long> seenBy(LocalDate runDate, String column) {
        if (!List.of("code", "severity", "policy").contains(column)) {
            throw new IllegalArgumentException("cannot count by " + column);
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query("SELECT " + column + ", SUM(violations) FROM run_violation_counts WHERE run_date = ?"
                + " GROUP BY " + column + " ORDER BY " + column, rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                }, runDate);
        return counts;
    }

    /** Violations seen per night by severity, for the nights up to {@code runDate}, oldest first. */
    @Override
    public Map<LocalDate, Map<String, Long>> trend(LocalDate runDate, int nights) {
        List<LocalDate> dates = jdbc.queryForList("SELECT run_date FROM nightly_runs WHERE run_date <= ?"
                + " ORDER BY run_date DESC LIMIT ?", LocalDate.class, runDate, nights);
        Map<LocalDate, Map<String, Long>> trend = new java.util.TreeMap<>();
        dates.forEach(d -> trend.put(d, new LinkedHashMap<>()));
        if (dates.isEmpty()) {
            return trend;
        }
        jdbc.query("SELECT run_date, severity, SUM(violations) FROM run_violation_counts"
                + " WHERE run_date >= ? AND run_date <= ? GROUP BY run_date, severity", rs -> {
                    Map<String, Long> bySeverity = trend.get(rs.getObject(1, LocalDate.class));
                    if (bySeverity != null) {
                        bySeverity.put(rs.getString(2), rs.getLong(3));
                    }
                }, dates.get(dates.size() - 1), runDate);
        return trend;
    }
}
