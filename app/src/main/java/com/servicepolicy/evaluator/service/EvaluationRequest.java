package com.servicepolicy.evaluator.service;

import com.servicepolicy.evaluator.event.Customer;
import com.servicepolicy.evaluator.event.Event;

import java.time.Instant;
import java.util.List;

/**
 * A request ready to evaluate: the valid, de-duplicated events, the customers, the asOf, and the
 * accounting of what was received ({@code read} = evaluated events + duplicates + rejected).
 */
public record EvaluationRequest(List<Event> events, List<Customer> customers, Instant asOf, boolean explain,
                                long read, long duplicates, long rejected) {
    public EvaluationRequest {
        events = List.copyOf(events);
        customers = List.copyOf(customers);
    }
}
