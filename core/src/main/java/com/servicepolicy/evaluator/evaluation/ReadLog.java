package com.servicepolicy.evaluator.evaluation;

import com.servicepolicy.evaluator.ingest.ReadStats;

import java.time.Instant;

/**
 * A log as read for an evaluation: held in memory ({@link HeldLog}) or, when too large, spilled to
 * temporary files by customer. Either way its accounting and default asOf are known once it is read.
 * Close it to remove any temporary files.
 */
public interface ReadLog extends AutoCloseable {
    /** What happened to the event records: read = accepted + duplicates + rejected. */
    ReadStats stats();

    /** What happened to the customer records. */
    ReadStats customerStats();

    /**
     * The default asOf of every door that reads a log (command line, batch files, Spark): the latest
     * time of a valid event, so that the same log always gives the same result; now when there is none.
     */
    Instant defaultAsOf();

    @Override
    void close();
}
