package com.servicepolicy.evaluator.evaluation;

import com.servicepolicy.evaluator.ingest.ReadStats;
import com.servicepolicy.evaluator.spill.SpilledLog;

import java.time.Instant;

/** A log read into temporary files by customer, with its accounting. */
final class SpilledReadLog implements ReadLog {
    private final SpilledLog log;
    private final ReadStats stats;
    private final ReadStats customerStats;
    private final int heldViolations;

    SpilledReadLog(SpilledLog log, ReadStats stats, ReadStats customerStats, int heldViolations) {
        this.log = log;
        this.heldViolations = heldViolations;
        this.stats = stats;
        this.customerStats = customerStats;
    }

    SpilledLog log() {
        return log;
    }

    /** How many violations its evaluation may hold before sorting them on disk. */
    int heldViolations() {
        return heldViolations;
    }

    @Override
    public ReadStats stats() {
        return stats;
    }

    @Override
    public ReadStats customerStats() {
        return customerStats;
    }

    @Override
    public Instant defaultAsOf() {
        return log.events() == 0 ? Instant.now() : Instant.ofEpochMilli(log.latestAt());
    }

    @Override
    public void close() {
        log.close();
    }
}
