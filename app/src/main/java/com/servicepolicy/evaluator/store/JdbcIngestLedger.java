package com.servicepolicy.evaluator.store;

import com.servicepolicy.evaluator.store.sql.StoredText;
import com.servicepolicy.evaluator.night.DuplicateLine;
import com.servicepolicy.evaluator.night.RejectedLine;

import com.servicepolicy.evaluator.night.IngestLedger;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;

/**
 * What the night's ingest did with each line that was not stored as a new event, and how far it
 * got in each file. Written in the same transaction as the events, so a restart resumes exactly.
 */
@Repository
public class JdbcIngestLedger implements IngestLedger {
    private final JdbcTemplate jdbc;

    public JdbcIngestLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void addRejects(LocalDate runDate, List<RejectedLine> rejects) {
        jdbc.batchUpdate("INSERT INTO run_rejects (run_date, source, line, kind, event_id, reason) VALUES (?, ?, ?, ?, ?, ?)",
                rejects, 1000, (ps, r) -> {
                    ps.setObject(1, runDate);
                    ps.setString(2, StoredText.fit(r.source(), 1000));
                    ps.setLong(3, r.line());
                    ps.setString(4, r.kind());
                    ps.setString(5, StoredText.fit(r.eventId(), 512));
                    ps.setString(6, StoredText.fit(r.reason(), 4000));
                });
    }

    @Override
    public void addDuplicates(LocalDate runDate, List<DuplicateLine> duplicates) {
        jdbc.batchUpdate("INSERT INTO run_duplicates (run_date, source, line, event_id, first_date, first_source,"
                + " first_line) VALUES (?, ?, ?, ?, ?, ?, ?)", duplicates, 1000, (ps, d) -> {
                    ps.setObject(1, runDate);
                    ps.setString(2, d.source());
                    ps.setLong(3, d.line());
                    ps.setString(4, d.eventId());
                    ps.setObject(5, d.first().runDate());
                    ps.setString(6, d.first().source());
                    ps.setLong(7, d.first().line());
                });
    }

    @Override
    public List<RejectedLine> rejects(LocalDate runDate, int limit) {
        return jdbc.query("SELECT source, line, kind, event_id, reason FROM run_rejects WHERE run_date = ?"
                        + " ORDER BY run_date, source, line LIMIT ?", // the key's order: H2 then needs no sort
                (rs, i) -> new RejectedLine(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)),
                runDate, limit);
    }

    @Override
    public long countRejects(LocalDate runDate) {
        return Counts.of(jdbc, "SELECT COUNT(*) FROM run_rejects WHERE run_date = ? AND kind = 'EVENT'", runDate);
    }

    @Override
    public long countDuplicates(LocalDate runDate) {
        return Counts.of(jdbc, "SELECT COUNT(*) FROM run_duplicates WHERE run_date = ?", runDate);
    }

    /** Lines of {@code name} (a file, or a step) already done, if a checkpoint was committed. */
    @Override
    public OptionalLong position(LocalDate runDate, String name) {
        List<Long> found = jdbc.queryForList("SELECT position_num FROM run_checkpoints WHERE run_date = ? AND name = ?",
                Long.class, runDate, name);
        return found.isEmpty() ? OptionalLong.empty() : OptionalLong.of(found.get(0));
    }

    @Override
    public String textPosition(LocalDate runDate, String name) {
        List<String> found = jdbc.queryForList("SELECT position_text FROM run_checkpoints WHERE run_date = ? AND name = ?",
                String.class, runDate, name);
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public void checkpoint(LocalDate runDate, String name, long position, String text) {
        if (jdbc.update("UPDATE run_checkpoints SET position_num = ?, position_text = ? WHERE run_date = ? AND name = ?",
                position, text, runDate, name) == 0) {
            jdbc.update("INSERT INTO run_checkpoints (run_date, name, position_num, position_text) VALUES (?, ?, ?, ?)",
                    runDate, name, position, text);
        }
    }
}
