package com.servicepolicy.evaluator.store;

import com.servicepolicy.evaluator.night.PlacedEvent;
import com.servicepolicy.evaluator.night.Origin;
import com.servicepolicy.evaluator.night.RunStatus;

import com.servicepolicy.evaluator.night.ExpiredLines;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * A night's lines whose events were already older than the retention when read: only their id and place,
 * for as long as the night needs them to spot a repeated id (the night's id registry loads them too).
 * Storing such events would cost four index entries to write and, at the same night's prune, to delete.
 */
@Repository
public class JdbcExpiredLines implements ExpiredLines {
    private final JdbcTemplate jdbc;

    public JdbcExpiredLines(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records lines whose events are older than the retention when read (the caller checked their ids with
     * the night's id registry): their id and where they were read, not the event, so that a repeat of the id
     * among the night's lines is still a duplicate. {@link #forget} drops them once the night no longer needs them.
     */
    @Override
    public void insert(LocalDate runDate, List<PlacedEvent> events) {
        jdbc.batchUpdate("INSERT INTO run_expired_events (event_id, run_date, source, line) VALUES (?, ?, ?, ?)",
                events, 5_000, (ps, p) -> {
                    ps.setString(1, p.event().getEventId());
                    ps.setObject(2, runDate);
                    ps.setString(3, p.source());
                    ps.setLong(4, p.line());
                });
    }

    @Override
    public void forEachId(BiConsumer<String, Origin> visitor) {
        jdbc.query("SELECT event_id, run_date, source, line FROM run_expired_events", rs -> {
            visitor.accept(rs.getString(1), new Origin(rs.getObject(2, LocalDate.class), rs.getString(3),
                    rs.getLong(4)));
        });
    }

    /** Expired lines first read on the given night (see {@link #insert}). */
    @Override
    public long countFirstReadOn(LocalDate runDate) {
        return Counts.of(jdbc, "SELECT COUNT(*) FROM run_expired_events WHERE run_date = ?", runDate);
    }

    /**
     * Forgets the expired lines of {@code runDate} (its prune calls this, once its ingest is over) and those of
     * earlier completed nights; an unfinished earlier night keeps its own for its restart. Usually that is the
     * whole table, emptied at once with {@code TRUNCATE}: deleting a backfill's millions of rows one by one is slow.
     *
     * @return how many were forgotten
     */
    @Override
    public long forget(LocalDate runDate) {
        String forgettable = "run_date = ? OR run_date IN (SELECT run_date FROM nightly_runs WHERE status = ?"
                + " AND run_date < ?)";
        Object[] args = {runDate, RunStatus.COMPLETED.name(), runDate};
        long kept = Counts.of(jdbc, "SELECT COUNT(*) FROM run_expired_events WHERE NOT (" + forgettable + ")",
                args);
        long forgotten = Counts.of(jdbc, "SELECT COUNT(*) FROM run_expired_events") - kept;
        if (forgotten > 0 && kept == 0) {
            jdbc.execute("TRUNCATE TABLE run_expired_events");
        } else if (forgotten > 0) {
            jdbc.update("DELETE FROM run_expired_events WHERE " + forgettable, args);
        }
        return forgotten;
    }
}
