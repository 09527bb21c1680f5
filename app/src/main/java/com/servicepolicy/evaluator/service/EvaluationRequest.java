package com.servicepolicy.evaluator.service;

import com.servicepolicy.evaluator.evaluation.HeldLog;
import com.servicepolicy.evaluator.event.Event;

import java.time.Instant;
import java.util.List;

/**
 * A request read and ready to evaluate: its events held by customer with their accounting ({@code read}
 * = evaluated + duplicates + rejected), its customers, the asOf, and with {@code explain} a copy of the
 * events, which the explanation looks at again after the evaluation has let go of the log.
 */
public record EvaluationRequest(HeldLog log, Instant asOf, boolean explain, List<Event> explainedEvents) {

    public static EvaluationRequest of(HeldLog log, Instant asOf, boolean explain) {
        return new EvaluationRequest(log, asOf, explain, explain ? log.events() : List.of());
    }

    public long read() {
        return log.stats().read();
    }

    public long evaluated() {
        return log.stats().accepted();
    }

    public long duplicates() {
        return log.stats().duplicates();
    }

    public long rejected() {
        return log.stats().rejected();
    }

    public int customers() {
        return log.customers().size();
    }
}
