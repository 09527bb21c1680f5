package com.servicepolicy.evaluator.store;

import com.servicepolicy.evaluator.store.sql.StoredText;
import com.servicepolicy.evaluator.night.AuditEntry;
import com.servicepolicy.evaluator.night.Finding;
import com.servicepolicy.evaluator.night.FindingChange;
import com.servicepolicy.evaluator.night.FindingSort;
import com.servicepolicy.evaluator.night.FindingStatus;
import com.servicepolicy.evaluator.night.Findings;
import com.servicepolicy.evaluator.night.Page;
import com.servicepolicy.evaluator.night.ViolationFilter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The violations as people work them ({@code violations}' work columns, V11) and their audit trail
 * ({@code violation_audit}). A change and its audit entry commit together.
 */
@Repository
public class JdbcFindings implements Findings {
    private static final RowMapper<Finding> MAPPER = (rs, i) -> new Finding(rs.getLong("id"),
            JdbcViolationStore.MAPPER.mapRow(rs, i), rs.getString("queue"), FindingStatus.valueOf(rs.getString("status")),
            rs.getString("assignee"), rs.getObject("closed_through", LocalDate.class),
            rs.getObject("returned_run_date", LocalDate.class));
    private static final RowMapper<AuditEntry> AUDIT = (rs, i) -> new AuditEntry(Instant.ofEpochMilli(rs.getLong("at_ms")),
            rs.getString("actor"), rs.getString("action"), FindingStatus.valueOf(rs.getString("status")),
            rs.getString("assignee"), rs.getString("note"));

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final NamedParameterJdbcTemplate streaming;
    private final TransactionTemplate transaction;
    private final TransactionTemplate readOnly;
    private final boolean postgres;

    public JdbcFindings(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.postgres = Postgres.is(jdbc);
        this.named = new NamedParameterJdbcTemplate(jdbc);
        JdbcTemplate fetching = new JdbcTemplate(jdbc.getDataSource());
        fetching.setFetchSize(1_000);
        this.streaming = new NamedParameterJdbcTemplate(fetching);
        this.transaction = new TransactionTemplate(transactionManager);
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
    }

    @Override
    public Page<Finding> search(ViolationFilter filter, FindingSort sort, boolean descending, int page, int size) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        String where = where(filter, p);
        Long total = named.queryForObject("SELECT COUNT(*) FROM violations" + where, p, Long.class);
        p.addValue("limit", size).addValue("offset", (long) page * size);
        List<Finding> items = named.query("SELECT * FROM violations" + where + orderBy(sort, descending)
                + " LIMIT :limit OFFSET :offset", p, MAPPER);
        return new Page<>(items, page, size, total == null ? 0 : total);
    }

    @Override
    public void forEach(ViolationFilter filter, FindingSort sort, boolean descending, Consumer<Finding> consumer) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        String sql = "SELECT * FROM violations" + where(filter, p) + orderBy(sort, descending);
        readOnly.executeWithoutResult(status -> streaming.query(sql, p, rs -> {
            consumer.accept(MAPPER.mapRow(rs, 0));
        }));
    }

    @Override
    public Optional<Finding> find(long id) {
        return jdbc.query("SELECT * FROM violations WHERE id = ?", MAPPER, id).stream().findFirst();
    }

    @Override
    public List<Finding> topOfNight(LocalDate night, int limit) {
        // the order reads only the keys and what orders them, then the few winners are read whole: sorting every
        // column of a night's violations made H2 write them all to a temporary store (16 s of 511k violations)
        List<String[]> keys = TopOfNight.keys(streaming.getJdbcTemplate(), postgres, night, limit);
        return keys.stream().flatMap(k -> jdbc.query("SELECT * FROM violations WHERE code = ? AND subject = ?", MAPPER,
                k[0], k[1]).stream()).toList();
    }

    @Override
    public List<LocalDate> nightsThatSaw(long id) {
        return jdbc.queryForList("SELECT rv.run_date FROM run_violations rv JOIN violations v ON v.code = rv.code"
                + " AND v.subject = rv.subject WHERE v.id = ? ORDER BY rv.run_date", LocalDate.class, id);
    }

    @Override
    public boolean apply(long id, FindingChange c) {
        Boolean applied = transaction.execute(status -> {
            // closing remembers the last night its closer could see; closing again or reopening forgets a return
            int rows = jdbc.update("UPDATE violations SET status = ?, assignee = ?,"
                    + " closed_through = CASE WHEN ? THEN last_run_date WHEN ? THEN NULL ELSE closed_through END,"
                    + " returned_run_date = CASE WHEN ? OR ? THEN NULL ELSE returned_run_date END WHERE id = ?",
                    c.status().name(), c.assignee(), c.closes(), c.reopens(), c.closes(), c.reopens(), id);
            if (rows == 0) {
                return false;
            }
            jdbc.update("INSERT INTO violation_audit (violation_id, at_ms, actor, action, status, assignee, note)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)", id, c.at().toEpochMilli(), StoredText.fit(c.actor(), 200),
                    c.action(), c.status().name(), c.assignee(), StoredText.fit(c.note(), 4000));
            return true;
        });
        return Boolean.TRUE.equals(applied);
    }

    @Override
    public List<AuditEntry> audit(long id) {
        return jdbc.query("SELECT * FROM violation_audit WHERE violation_id = ? ORDER BY at_ms, audit_id", AUDIT, id);
    }

    private static String where(ViolationFilter f, MapSqlParameterSource p) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        condition(where, p, "code", f.code());
        condition(where, p, "severity", f.severity());
        condition(where, p, "policy", f.policy());
        condition(where, p, "queue", f.queue());
        condition(where, p, "agent_id", f.agentId());
        condition(where, p, "customer_id", f.customerId());
        condition(where, p, "status", f.status() == null ? null : f.status().name());
        if (f.from() != null) {
            where.append(" AND last_run_date >= :from");
            p.addValue("from", f.from());
        }
        if (f.to() != null) {
            where.append(" AND first_run_date <= :to");
            p.addValue("to", f.to());
        }
        if (f.returned()) {
            where.append(" AND returned_run_date IS NOT NULL");
        }
        return where.toString();
    }

    private static void condition(StringBuilder where, MapSqlParameterSource p, String column, String value) {
        if (value != null && !value.isBlank()) {
            where.append(" AND ").append(column).append(" = :").append(column);
            p.addValue(column, value);
        }
    }

    private static String orderBy(FindingSort sort, boolean descending) {
        return " ORDER BY " + sort.expression() + (descending ? " DESC" : " ASC") + " NULLS LAST, code, subject";
    }
}
