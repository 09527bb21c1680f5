package com.servicepolicy.evaluator.authoring;

import com.servicepolicy.evaluator.event.Customer;
import com.servicepolicy.evaluator.event.Event;

import java.time.Instant;
import java.util.List;

/**
 * One test case of a scenario file: a small event log, the customers, the moment of evaluation
 * and what the rules must (and must not) report about it.
 *
 * @param exact when not null, the complete set of violations expected (empty: none at all)
 */
public record Scenario(String file, int line, String name, List<Event> events, List<Customer> customers,
                       Instant asOf, List<ExpectedViolation> exact, List<ExpectedViolation> includes,
                       List<ExpectedViolation> excludes) {

    public Scenario {
        events = List.copyOf(events);
        customers = List.copyOf(customers);
        exact = exact == null ? null : List.copyOf(exact);
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
    }

    /** {@code file:line: name}, how results name a scenario. */
    public String label() {
        return file + ":" + line + ": " + name;
    }
}
