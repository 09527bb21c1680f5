package com.servicepolicy.evaluator.findings;

import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.explain.Explainer;
import com.servicepolicy.evaluator.explain.InteractionExplanation;
import com.servicepolicy.evaluator.night.EventStore;
import com.servicepolicy.evaluator.night.Finding;
import com.servicepolicy.evaluator.night.RunStore;
import com.servicepolicy.evaluator.service.RuleSetHolder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The core's explain view of a stored violation: its interaction's timeline and clocks, and the rules that fired,
 * as the last night that saw it judged them — the customer's stored history in the night's window, at the night's
 * asOf, with the serving rules. Empty for a violation about no interaction (a group's refusal rate) or once the
 * events are pruned (evaluator.batch.retention). Protected attributes are not loaded: the explanation of one
 * interaction needs none, and they must not reach a page.
 */
@Component
public class ViolationExplanations {
    private final EventStore events;
    private final RunStore runs;
    private final RuleSetHolder rules;
    private final Duration historyWindow;

    public ViolationExplanations(EventStore events, RunStore runs, RuleSetHolder rules,
                                 @Value("${evaluator.batch.history-window:90d}") Duration historyWindow) {
        this.events = events;
        this.runs = runs;
        this.rules = rules;
        this.historyWindow = historyWindow;
    }

    public Optional<InteractionExplanation> explain(Finding f) {
        String interaction = f.violation().interactionId();
        String customer = f.violation().customerId();
        if (interaction == null || customer == null) {
            return Optional.empty();
        }
        return runs.find(f.violation().lastSeen()).flatMap(run -> {
            long asOf = run.asOfMillis();
            List<Event> history = events.eventsOfCustomer(customer, asOf - historyWindow.toMillis(), asOf);
            if (history.stream().noneMatch(e -> interaction.equals(e.getInteractionId()))) {
                return Optional.empty();
            }
            return Optional.of(new Explainer(rules.current().ruleSet()).explain(history, List.of(),
                    Instant.ofEpochMilli(asOf), interaction));
        });
    }
}
