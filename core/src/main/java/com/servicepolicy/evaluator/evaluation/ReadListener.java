package com.servicepolicy.evaluator.evaluation;

import com.servicepolicy.evaluator.ingest.Duplicate;
import com.servicepolicy.evaluator.ingest.Rejection;

/**
 * Hears, while a log is read, of every line that is not evaluated: rejected event and customer
 * records, and duplicate events. Nothing read is dropped without a word to it.
 */
public interface ReadListener {
    void rejected(Rejection rejection);

    void duplicate(Duplicate duplicate);

    /** Called now and then while accepted events stream in (every 65,536), e.g. to stop a long read early. */
    default void progress(long accepted) {
    }
}
