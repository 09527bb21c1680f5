package com.servicepolicy.evaluator.engine;

import com.servicepolicy.evaluator.event.Customer;
import com.servicepolicy.evaluator.event.Event;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The evaluation core: events and customers in, violations out, with no I/O and no framework.
 * Evaluates in bounded groups of whole customers over the rule set's shared KieBase.
 */
public final class Evaluator {
    private final RuleSet ruleSet;
    private final EvaluationLimits limits;

    public Evaluator(RuleSet ruleSet) {
        this(ruleSet, EvaluationLimits.DEFAULTS);
    }

    public Evaluator(RuleSet ruleSet, EvaluationLimits limits) {
        this.ruleSet = ruleSet;
        this.limits = limits;
    }

    public RuleSet ruleSet() {
        return ruleSet;
    }

    public EvaluationResult evaluate(Collection<Event> events, Collection<Customer> customers, Instant asOf) {
        return evaluate(events, customers, asOf, false);
    }

    public EvaluationResult evaluate(Collection<Event> events, Collection<Customer> customers, Instant asOf,
                                     boolean explain) {
        EvaluationRun run = start(asOf, customers, explain);
        Map<String, List<Event>> byCustomer = new LinkedHashMap<>();
        for (Event e : events) {
            byCustomer.computeIfAbsent(e.getCustomerId(), k -> new ArrayList<>()).add(e);
        }
        List<Event> group = new ArrayList<>();
        for (List<Event> customerEvents : byCustomer.values()) {
            group.addAll(customerEvents);
            if (group.size() >= limits.groupSize()) {
                run.evaluateGroup(group);
                group = new ArrayList<>();
            }
        }
        run.evaluateGroup(group);
        return run.finish();
    }

    /** Starts a run to be fed group by group; each group must hold all events of its customers. */
    public EvaluationRun start(Instant asOf, Collection<Customer> customers, boolean explain) {
        Map<String, Customer> byId = customers.stream()
                .collect(Collectors.toMap(Customer::customerId, Function.identity(), (a, b) -> a));
        return new EvaluationRun(ruleSet, limits, asOf, byId, explain);
    }

    /** The default asOf of the command line and the batch: the latest time in the log, or now when it is empty. */
    public static Instant latestTime(Collection<Event> events) {
        return events.stream().mapToLong(Event::getAt).max().stream()
                .mapToObj(Instant::ofEpochMilli).findFirst().orElseGet(Instant::now);
    }
}
