package com.servicepolicy.evaluator.batch;

import com.servicepolicy.evaluator.night.RunRecord;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A night as the API shows it: its accounting, with times as ISO-8601 instants ({@code read = evaluated +
 * duplicates + rejected}; {@code violationDetailKept}: whether the list of its violations is still stored).
 */
record RunView(long runId, LocalDate runDate, int attempt, String status, Instant asOf, Instant started,
               Instant finished, String rulesVersion, int files, long read, long evaluated, long duplicates,
               long rejected, long customers, long interactions, long violations, long newViolations, String message,
               boolean violationDetailKept) {

    static RunView of(RunRecord r) {
        return new RunView(r.runId(), r.runDate(), r.attempt(), r.status(), Instant.ofEpochMilli(r.asOfMillis()),
                Instant.ofEpochMilli(r.startedMillis()),
                r.finishedMillis() == null ? null : Instant.ofEpochMilli(r.finishedMillis()), r.rulesVersion(), r.files(),
                r.read(), r.evaluated(), r.duplicates(), r.rejected(), r.customers(), r.interactions(), r.violations(),
                r.newViolations(), r.message(), r.violationDetailKept());
    }
}
