package com.servicepolicy.evaluator.night;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Port: the nights: one record per night with its attempt, status, counts and rules version. */
public interface RunStore {
    Optional<RunRecord> find(LocalDate runDate);

    Optional<RunRecord> find(long runId);

    /** The latest runs by night, newest first. */
    List<RunRecord> latest(int limit);

    /**
     * Starts a fresh attempt at a night: forgets what an earlier attempt recorded for it (rejects,
     * checkpoints, per-night figures); stored events and violations stay, so nothing is duplicated.
     */
    void beginAttempt(LocalDate runDate, int attempt, long asOf, long now);

    /** A restart of an interrupted attempt: keeps everything it committed. */
    void markRestarted(LocalDate runDate);

    void setRulesVersion(LocalDate runDate, String version);

    void setIngestCounts(LocalDate runDate, int files, long evaluated, long duplicates, long rejected);

    /** Adds the figures of one committed evaluation chunk (called inside its transaction). */
    void addEvaluated(LocalDate runDate, long customers, long interactions);

    void complete(LocalDate runDate, long violations, long newViolations, long now);

    void fail(LocalDate runDate, String message, long now);
}
