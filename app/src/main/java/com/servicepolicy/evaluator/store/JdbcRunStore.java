package com.servicepolicy.evaluator.store;

import com.servicepolicy.evaluator.store.sql.StoredText;
import com.servicepolicy.evaluator.store.sql.NightRunSql;
import com.servicepolicy.evaluator.night.RunRecord;
import com.servicepolicy.evaluator.night.RunStatus;

import com.servicepolicy.evaluator.night.RunStore;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The runs table: one row per night, updated by each attempt and restart of that night. */
@Repository
public class JdbcRunStore implements RunStore {
    private static final RowMapper<RunRecord> MAPPER = (rs, i) -> new RunRecord(rs.getLong("run_id"),
            rs.getObject("run_date", LocalDate.class), rs.getInt("attempt"), rs.getString("status"),
            rs.getLong("as_of_ms"), rs.getLong("started_ms"), (Long) rs.getObject("finished_ms", Long.class),
            rs.getString("rules_version"), rs.getInt("files"), rs.getLong("read_count"), rs.getLong("evaluated"),
            rs.getLong("duplicates"), rs.getLong("rejected"), rs.getLong("customers"), rs.getLong("interactions"),
            rs.getLong("violations"), rs.getLong("new_violations"), rs.getString("message"),
            rs.getBoolean("violation_detail_kept"));

    private final JdbcTemplate jdbc;

    public JdbcRunStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<RunRecord> find(LocalDate runDate) {
        return jdbc.query("SELECT * FROM nightly_runs WHERE run_date = ?", MAPPER, runDate).stream().findFirst();
    }

    @Override
    public Optional<RunRecord> find(long runId) {
        return jdbc.query("SELECT * FROM nightly_runs WHERE run_id = ?", MAPPER, runId).stream().findFirst();
    }

    /** The latest runs by night, newest first. */
    @Override
    public List<RunRecord> latest(int limit) {
        return jdbc.query("SELECT * FROM nightly_runs ORDER BY run_date DESC LIMIT ?", MAPPER, limit);
    }

    /**
     * Starts a fresh attempt at a night: forgets what an earlier attempt recorded for it (rejects,
     * checkpoints, per-night figures); stored events and violations stay, so nothing is duplicated.
     */
    @Override
    public void beginAttempt(LocalDate runDate, int attempt, long asOf, long now) {
        for (String table : NightRunSql.PER_NIGHT_TABLES) {
            jdbc.update(NightRunSql.deleteNight(table), runDate);
        }
        if (jdbc.update(NightRunSql.RESET_RUN, attempt, RunStatus.STARTED.name(), asOf, now, runDate) == 0) {
            jdbc.update(NightRunSql.INSERT_RUN, runDate, attempt, RunStatus.STARTED.name(), asOf, now);
        }
    }

    /** A restart of an interrupted attempt: keeps everything it committed. */
    @Override
    public void markRestarted(LocalDate runDate) {
        jdbc.update("UPDATE nightly_runs SET status = ?, message = NULL, finished_ms = NULL WHERE run_date = ?",
                RunStatus.STARTED.name(), runDate);
    }

    @Override
    public void setRulesVersion(LocalDate runDate, String version) {
        jdbc.update(NightRunSql.SET_RULES_VERSION, version, runDate);
    }

    @Override
    public void setIngestCounts(LocalDate runDate, int files, long evaluated, long duplicates, long rejected) {
        jdbc.update(NightRunSql.SET_INGEST_COUNTS, files, evaluated + duplicates + rejected, evaluated, duplicates, rejected,
                runDate);
    }

    /** Adds the figures of one committed evaluation chunk (called inside its transaction). */
    @Override
    public void addEvaluated(LocalDate runDate, long customers, long interactions) {
        jdbc.update(NightRunSql.ADD_EVALUATED, customers, interactions, runDate);
    }

    @Override
    public void complete(LocalDate runDate, long violations, long newViolations, long now) {
        jdbc.update(NightRunSql.COMPLETE, RunStatus.COMPLETED.name(), violations, newViolations, now, runDate);
    }

    @Override
    public void fail(LocalDate runDate, String message, long now) {
        jdbc.update("UPDATE nightly_runs SET status = ?, message = ?, finished_ms = ? WHERE run_date = ?",
                RunStatus.FAILED.name(), truncate(message), now, runDate);
    }

    private static String truncate(String s) {
        return StoredText.fit(s, 4000);
    }
}
