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
    private final RuleThreads threads;

    public Evaluator(RuleSet ruleSet) {
        this(ruleSet, EvaluationLimits.DEFAULTS);
    }

    public Evaluator(RuleSet ruleSet, EvaluationLimits limits) {
        this(ruleSet, limits, RuleThreads.shared());
    }

    /** Sessions run on {@code threads} (the service's own, sized and watched by it). */
    public Evaluator(RuleSet ruleSet, EvaluationLimits limits, RuleThreads threads) {
        this.ruleSet = ruleSet;
        this.limits = limits;
        this.threads = threads;
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
        byCustomer.values().forEach(run::evaluateCustomer);
        return run.finish();
    }

    /** Starts a run to be fed customer by customer ({@link EvaluationRun#evaluateCustomer}). */
    public EvaluationRun start(Instant asOf, Collection<Customer> customers, boolean explain) {
        Map<String, Customer> byId = customers.stream()
                .collect(Collectors.toMap(Customer::customerId, Function.identity(), (a, b) -> a));
        return new EvaluationRun(ruleSet, limits, threads, asOf, byId, explain);
    }
}
