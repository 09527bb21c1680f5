package com.servicepolicy.evaluator.store;

import com.servicepolicy.evaluator.store.sql.ViolationMerges;
import com.servicepolicy.evaluator.store.sql.NightRunSql;
import com.servicepolicy.evaluator.night.SeenViolation;
import com.servicepolicy.evaluator.night.StoredViolation;

import com.servicepolicy.evaluator.night.ViolationStore;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The violations store: one row per (code, subject) however often nights see it; a night that sees
 * it again moves its last-seen night and refreshes its details (a late reply's measure grows).
 * {@code run_violations} records which nights saw which violations.
 */
@Repository
public class JdbcViolationStore implements ViolationStore {
    static final RowMapper<StoredViolation> MAPPER = (rs, i) -> new StoredViolation(
            rs.getString("code"), rs.getString("subject"), rs.getString("name"), rs.getString("policy"),
            rs.getString("severity"), rs.getString("customer_id"), rs.getString("interaction_id"),
            rs.getString("event_id"), rs.getString("agent_id"), rs.getObject("measured", Double.class),
            rs.getObject("threshold", Double.class), rs.getString("unit"), rs.getString("message"),
            rs.getString("actions") == null || rs.getString("actions").isEmpty() ? List.of()
                    : Arrays.asList(rs.getString("actions").split(",")),
            rs.getString("rule_name"), rs.getObject("first_run_date", LocalDate.class),
            rs.getObject("last_run_date", LocalDate.class), rs.getString("service_level"));

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final JdbcTemplate streaming;
    private final TransactionTemplate readOnly;
    private final KeptStatements kept = new KeptStatements();
    private final boolean postgres;

    public JdbcViolationStore(JdbcTemplate jdbc, NamedParameterJdbcTemplate named,
                          PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.named = named;
        this.streaming = new JdbcTemplate(jdbc.getDataSource());
        this.streaming.setFetchSize(1_000);
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.postgres = Postgres.is(jdbc);
    }

    /**
     * Records violations seen by the night; idempotent for a (code, subject) within the night. Standard
     * {@code MERGE} (H2 and PostgreSQL 15+), each statement taking a few hundred violations as a
     * {@code VALUES} source: one statement per violation made PostgreSQL plan every row (it plans each
     * statement with its parameters, see PostgresCustomPlans), most of an ordinary night's evaluate step.
     * On PostgreSQL the rows go in by {@code COPY} and are merged from there ({@link PostgresSeenViolations}).
     * A MERGE may not touch a row twice, so a (code, subject) repeated in {@code seen} is recorded once,
     * with its last details, as the row-by-row statements left it.
     */
    @Override
    public void recordSeen(LocalDate runDate, List<SeenViolation> seen) {
        Map<String, SeenViolation> unique = new LinkedHashMap<>();
        seen.forEach(s -> unique.put(s.violation().code() + '\u0000' + s.violation().subject(), s));
        List<SeenViolation> rows = List.copyOf(unique.values());
        if (rows.isEmpty()) {
            return;
        }
        jdbc.execute((ConnectionCallback<Void>) con -> {
            if (postgres) {
                PostgresSeenViolations.record(con, runDate, rows);
                return null;
            }
            boolean fewShapes = kept.keeps(con);
            int from = 0;
            for (int size = ViolationMerges.ROWS; from < rows.size();
                 size = fewShapes ? Integer.highestOneBit(rows.size() - from) : rows.size() - from) {
                int whole = (rows.size() - from) / size * size;
                merge(con, runDate, rows.subList(from, from + whole), size);
                from += whole;
            }
            return null;
        });
    }

    /**
     * Records {@code rows} in parts of {@code size} (which divides their number) with one statement per table. Where
     * statements are kept (H2), the parts are of a few sizes only (250, then powers of two), so that each shape is
     * parsed once per connection instead of twice per call; elsewhere the rest after the 250s is one part.
     */
    private void merge(Connection con, LocalDate runDate, List<SeenViolation> rows, int size)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        PreparedStatement violations = kept.prepare(con, ViolationMerges.violations(size));
        PreparedStatement runViolations = kept.prepare(con, ViolationMerges.runViolations(size));
        try {
            for (int from = 0; from < rows.size(); from += size) {
                List<SeenViolation> part = rows.subList(from, from + size);
                int i = 1;
                for (SeenViolation s : part) {
                    i = ViolationMerges.bindViolation(violations, i, runDate, s.violation(), s.agentId(), s.queue());
                }
                violations.executeUpdate();
                i = 1;
                for (SeenViolation s : part) {
                    i = ViolationMerges.bindRunViolation(runViolations, i, runDate, s.violation());
                }
                runViolations.executeUpdate();
            }
        } finally {
            kept.release(violations);
            kept.release(runViolations);
        }
    }

    /** Violations seen by the night, and how many of them it saw first. */
    @Override
    public long[] countSeen(LocalDate runDate) {
        Long seen = jdbc.queryForObject(NightRunSql.COUNT_SEEN, Long.class, runDate);
        Long fresh = jdbc.queryForObject(NightRunSql.COUNT_NEW, Long.class, runDate, runDate);
        return new long[] {seen == null ? 0 : seen, fresh == null ? 0 : fresh};
    }

    /** Every violation the night saw, by code then subject (for comparisons; the report streams them). */
    @Override
    public List<StoredViolation> seenBy(LocalDate runDate) {
        List<StoredViolation> all = new java.util.ArrayList<>();
        forEachSeenBy(runDate, all::add);
        return all;
    }

    /**
     * Streams every violation the night saw, by code then subject, holding one row at a time: read
     * in a read-only transaction with a fetch size, since PostgreSQL's driver otherwise loads the
     * whole result first.
     */
    @Override
    public void forEachSeenBy(LocalDate runDate, Consumer<StoredViolation> consumer) {
        readOnly.executeWithoutResult(status -> streaming.query("SELECT v.* FROM violations v JOIN run_violations rv"
                + " ON v.code = rv.code AND v.subject = rv.subject WHERE rv.run_date = ?"
                + " ORDER BY rv.run_date, rv.code, rv.subject",
                rs -> {
                    consumer.accept(MAPPER.mapRow(rs, 0));
                }, runDate));
    }

    /** Subjects of the violations of one code the night saw. */
    @Override
    public Set<String> subjectsSeenBy(LocalDate runDate, String code) {
        return new java.util.TreeSet<>(jdbc.queryForList("SELECT subject FROM run_violations WHERE run_date = ?"
                + " AND code = ?", String.class, runDate, code));
    }
}
