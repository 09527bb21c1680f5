package com.servicepolicy.evaluator.engine;

import com.servicepolicy.evaluator.event.Customer;
import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.policy.Clock;
import com.servicepolicy.evaluator.policy.Interaction;
import com.servicepolicy.evaluator.policy.Violation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The work on one group of whole customers, self-contained so that groups can run on any thread:
 * derive the timelines' facts, fire one session, and return what was found and counted.
 */
final class GroupEvaluation {
    private static final Comparator<Event> TIMELINE_ORDER =
            Comparator.comparingLong(Event::getAt).thenComparingLong(Event::getSequence);

    private final RuleSet ruleSet;
    private final SessionRunner runner;
    private final long asOf;
    private final Map<String, Customer> customers;
    private final boolean explain;

    GroupEvaluation(RuleSet ruleSet, SessionRunner runner, long asOf, Map<String, Customer> customers, boolean explain) {
        this.ruleSet = ruleSet;
        this.runner = runner;
        this.asOf = asOf;
        this.customers = customers;
        this.explain = explain;
    }

    /** What one session found; merged into the run in the order the groups were given. */
    record Outcome(long events, long afterAsOf, long interactions, long sessions, long firings, RefusalTally tally,
                   List<Violation> violations, List<ViolationCollector.Explained> explained, List<Clock> clocks) {
    }

    /**
     * Derives the group's facts and fires them. The derivation runs on the session's thread, inside the feed
     * (see {@link SessionRunner#run(java.util.function.Supplier, ViolationCollector)}); what it counts is read
     * here once the session has ended.
     */
    Outcome evaluate(List<Event> groupEvents) {
        Derivation derived = new Derivation(groupEvents);
        ViolationCollector collector = new ViolationCollector(ruleSet.rulesByName(), ruleSet.settings(), explain);
        int firings = runner.run(derived::feed, collector);
        return new Outcome(groupEvents.size(), derived.afterAsOf, derived.interactions, derived.sessions, firings,
                derived.tally, collector.violations(), collector.explained(), derived.explainedClocks);
    }

    /** One group's facts and counts, made from its events by {@link #feed()}. */
    private final class Derivation {
        private final List<Event> groupEvents;
        private final RefusalTally tally = new RefusalTally();
        private final List<Clock> explainedClocks = new ArrayList<>();
        private long afterAsOf;
        private long interactions;
        private long sessions;

        Derivation(List<Event> groupEvents) {
            this.groupEvents = groupEvents;
        }

        SessionRunner.Feed feed() {
            Map<String, List<Event>> byInteraction = new LinkedHashMap<>();
            List<Object> facts = new ArrayList<>(groupEvents.size() * 2);
            int unmatchable = 0;
            for (Event e : groupEvents) {
                if (e.getAt() > asOf) {
                    afterAsOf++;
                    continue;
                }
                if (ruleSet.matchable(e)) {
                    facts.add(e);
                } else {
                    unmatchable++;
                }
                if (e.getInteractionId() != null) {
                    byInteraction.computeIfAbsent(e.getInteractionId(), k -> new ArrayList<>(8)).add(e);
                }
            }
            for (List<Event> timelineEvents : byInteraction.values()) {
                timelineEvents.sort(TIMELINE_ORDER);
                Timeline timeline = new Timeline(timelineEvents, asOf, ruleSet.settings(),
                        customers.get(timelineEvents.get(0).getCustomerId()));
                Interaction interaction = timeline.interaction();
                if (interaction != null) {
                    interactions++;
                    facts.add(interaction);
                    tally.add(interaction, customers.get(interaction.getCustomerId()));
                }
                List<Clock> derived = timeline.clocks();
                facts.addAll(derived);
                if (explain) {
                    explainedClocks.addAll(derived);
                }
            }
            sessions = facts.isEmpty() ? 0 : 1;
            return new SessionRunner.Feed(facts, facts.size() + unmatchable);
        }
    }
}
