package com.servicepolicy.evaluator.evaluation;

import com.servicepolicy.evaluator.ingest.Duplicate;
import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.ingest.Rejection;
import com.servicepolicy.evaluator.ingest.SourceSummary;

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

    /** Each accepted event, in input order, e.g. for the data-quality findings; must be cheap. */
    default void accepted(Event event) {
    }

    /** What an importing source made of its input's rows, once per such input. */
    default void summary(SourceSummary summary) {
    }
}
