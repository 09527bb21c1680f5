package com.servicepolicy.evaluator.explain;

import com.servicepolicy.evaluator.engine.EvaluationResult;
import com.servicepolicy.evaluator.engine.Evaluator;
import com.servicepolicy.evaluator.engine.RuleSet;
import com.servicepolicy.evaluator.event.Customer;
import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.policy.Clock;
import com.servicepolicy.evaluator.policy.Durations;
import com.servicepolicy.evaluator.policy.PolicySettings;
import com.servicepolicy.evaluator.policy.RuleInfo;
import com.servicepolicy.evaluator.policy.Violation;
import com.servicepolicy.evaluator.engine.ViolationCollector;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds an {@link InteractionExplanation}. Evaluates the whole log (repeat contacts, retaliation
 * and group rates look beyond one interaction) with explain on, then keeps what concerns the
 * interaction asked about.
 */
public final class Explainer {
    private final RuleSet ruleSet;

    public Explainer(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
    }

    /** Evaluates {@code events} and explains {@code interactionId}; empty timeline when the log does not mention it. */
    public InteractionExplanation explain(Collection<Event> events, Collection<Customer> customers, Instant asOf,
                                          String interactionId) {
        EvaluationResult result = new Evaluator(ruleSet).evaluate(events, customers, asOf, true);
        return explain(result, events, interactionId);
    }

    /** Explains from an evaluation already run with explain on over {@code events}. */
    public InteractionExplanation explain(EvaluationResult result, Collection<Event> events, String interactionId) {
        long asOf = result.asOf().toEpochMilli();
        List<Event> timeline = events.stream()
                .filter(e -> interactionId.equals(e.getInteractionId()) && e.getAt() <= asOf)
                .sorted(Comparator.comparingLong(Event::getAt).thenComparingLong(Event::getSequence))
                .toList();
        Set<String> eventIds = timeline.stream().map(Event::getEventId).collect(Collectors.toSet());
        String customerId = timeline.isEmpty() ? null : timeline.get(0).getCustomerId();
        PolicySettings settings = ruleSet.settings();
        List<Clock> clocks = result.clocks().stream().filter(c -> interactionId.equals(c.getInteractionId())).toList();

        List<InteractionExplanation.FiredRule> fired = new ArrayList<>();
        for (ViolationCollector.Explained x : result.explained()) {
            Violation v = x.violation();
            if (interactionId.equals(v.interactionId()) || eventIds.contains(v.eventId())) {
                fired.add(new InteractionExplanation.FiredRule(v.code(), v.name(), v.rule(), v.subject(), v.severity(),
                        v.message(), x.matchedFacts().stream().map(String::valueOf).toList()));
            }
        }
        fired.sort(Comparator.comparing(InteractionExplanation.FiredRule::code)
                .thenComparing(InteractionExplanation.FiredRule::subject));
        Set<String> firedCodes = fired.stream().map(InteractionExplanation.FiredRule::code).collect(Collectors.toSet());
        WhyNot whyNot = new WhyNot(settings, timeline, clocks);
        List<InteractionExplanation.NotFiredRule> notFired = new ArrayList<>();
        for (RuleInfo rule : ruleSet.rules()) {
            if (!firedCodes.contains(rule.code())) {
                notFired.add(new InteractionExplanation.NotFiredRule(rule.code(), rule.name(), whyNot.reason(rule)));
            }
        }
        return new InteractionExplanation(interactionId, customerId, result.asOf(), result.rulesVersion(),
                timeline.stream().map(Explainer::entry).toList(),
                clocks.stream().map(ClockReadings::reading).toList(), fired, notFired);
    }

    private static InteractionExplanation.TimelineEntry entry(Event e) {
        List<String> parts = new ArrayList<>();
        add(parts, "priority", e.getPriority());
        add(parts, "category", e.getCategory());
        add(parts, "topic", e.getTopic());
        add(parts, "agent", e.getAgentId());
        add(parts, "reasonCode", e.getReasonCode());
        add(parts, "reasonText", e.getReasonText() == null ? null : "\"" + e.getReasonText() + "\"");
        add(parts, "dueAt", e.getDueAt() == null ? null : Instant.ofEpochMilli(e.getDueAt()));
        add(parts, "rating", e.getRating());
        add(parts, "status", e.getStatus());
        add(parts, "queue", e.getQueue());
        add(parts, "internal note", e.isInternal() ? "(answers nobody)" : null);
        return new InteractionExplanation.TimelineEntry(e.instant(), e.getEventId(), e.getType(), String.join(", ", parts));
    }

    private static void add(List<String> parts, String name, Object value) {
        if (value != null) {
            parts.add(name + " " + value);
        }
    }

    static String format(long millis) {
        return Durations.format(millis);
    }
}
