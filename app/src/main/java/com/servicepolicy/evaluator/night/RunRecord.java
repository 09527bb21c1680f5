package com.servicepolicy.evaluator.night;

import java.time.LocalDate;

/**
 * One night's run and its accounting: {@code read = evaluated + duplicates + rejected} (lines);
 * customers and interactions evaluated; violations seen by the run and how many of them were new.
 * {@code violationDetailKept}: whether the list of the violations it saw (and the places of its duplicate lines)
 * is still stored (see {@code evaluator.batch.run-detail-retention}); its counts always are.
 */
public record RunRecord(long runId, LocalDate runDate, int attempt, String status, long asOfMillis,
                        long startedMillis, Long finishedMillis, String rulesVersion, int files,
                        long read, long evaluated, long duplicates, long rejected,
                        long customers, long interactions, long violations, long newViolations, String message,
                        boolean violationDetailKept) {
}
