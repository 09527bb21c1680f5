package com.servicepolicy.evaluator.engine;

import com.servicepolicy.evaluator.event.Customer;
import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.policy.Clock;
import com.servicepolicy.evaluator.policy.Interaction;
import com.servicepolicy.evaluator.policy.Violation;
import com.servicepolicy.evaluator.policy.ViolationCollector;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One evaluation at one asOf, fed group by group (each group holding whole customers), so that a
 * caller can stream a log of any size through it. {@link #finish()} evaluates the whole-log rules
 * (disparate refusal rates) and returns every violation.
 */
public final class EvaluationRun {
    private static final Comparator<Event> TIMELINE_ORDER =
            Comparator.comparingLong(Event::getAt).thenComparingLong(Event::getSequence);

    private final RuleSet ruleSet;
    private final SessionRunner runner;
    private final long asOf;
    private final Map<String, Customer> customers;
    private final boolean explain;
    private final RefusalTally tally = new RefusalTally();
    private final Map<String, Violation> violations = new LinkedHashMap<>();
    private final List<ViolationCollector.Explained> explained = new ArrayList<>();
    private final List<Clock> clocks = new ArrayList<>();
    private final long startedNanos = System.nanoTime();
    private long events;
    private long afterAsOf;
    private long interactions;
    private long sessions;
    private long firings;

    EvaluationRun(RuleSet ruleSet, EvaluationLimits limits, Instant asOf, Map<String, Customer> customers, boolean explain) {
        this.ruleSet = ruleSet;
        this.runner = new SessionRunner(ruleSet, limits);
        this.asOf = asOf.toEpochMilli();
        this.customers = customers;
        this.explain = explain;
    }

    /** Evaluates the events of some whole customers in one session. */
    public void evaluateGroup(List<Event> groupEvents) {
        Map<String, List<Event>> byInteraction = new LinkedHashMap<>();
        List<Object> facts = new ArrayList<>(groupEvents.size() * 2);
        for (Event e : groupEvents) {
            events++;
            if (e.getAt() > asOf) {
                afterAsOf++;
                continue;
            }
            facts.add(e);
            if (e.getInteractionId() != null) {
                byInteraction.computeIfAbsent(e.getInteractionId(), k -> new ArrayList<>()).add(e);
            }
        }
        for (List<Event> timelineEvents : byInteraction.values()) {
            timelineEvents.sort(TIMELINE_ORDER);
            Timeline timeline = new Timeline(timelineEvents, asOf, ruleSet.settings());
            Interaction interaction = timeline.interaction();
            if (interaction != null) {
                interactions++;
                facts.add(interaction);
                tally.add(interaction, customers.get(interaction.getCustomerId()));
            }
            List<Clock> derived = timeline.clocks();
            facts.addAll(derived);
            if (explain) {
                clocks.addAll(derived);
            }
        }
        fire(facts);
    }

    /**
     * Adds group counts computed elsewhere (e.g. in SQL over a 90-day window) to the whole-log
     * refusal tally, as if those interactions had been fed to this run.
     */
    public void addRefusalCounts(String attribute, String group, long interactions, long refused) {
        if (interactions < 0 || refused < 0 || refused > interactions) {
            throw new IllegalArgumentException("refusal counts of " + attribute + "=" + group + " must satisfy 0 <= refused <= interactions");
        }
        tally.add(attribute, group, interactions, refused);
    }

    /** Evaluates the whole-log rules and returns every violation, sorted by code then subject. */
    public EvaluationResult finish() {
        fire(new ArrayList<>(tally.rates()));
        List<Violation> sorted = new ArrayList<>(violations.values());
        sorted.sort(Comparator.comparing(Violation::code).thenComparing(Violation::subject));
        long millis = (System.nanoTime() - startedNanos) / 1_000_000;
        return new EvaluationResult(Instant.ofEpochMilli(asOf), ruleSet.version(), sorted,
                new EvaluationStats(events, afterAsOf, interactions, sessions, firings, millis),
                List.copyOf(explained), List.copyOf(clocks));
    }

    private void fire(List<Object> facts) {
        if (facts.isEmpty()) {
            return;
        }
        ViolationCollector collector = new ViolationCollector(ruleSet.rulesByName(), ruleSet.settings(), explain);
        firings += runner.run(facts, collector);
        sessions++;
        for (Violation v : collector.violations()) {
            violations.putIfAbsent(v.code() + '\u0000' + v.subject(), v);
        }
        explained.addAll(collector.explained());
    }
}
