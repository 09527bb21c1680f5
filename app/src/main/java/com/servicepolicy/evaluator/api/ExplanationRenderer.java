package com.servicepolicy.evaluator.api;

import com.servicepolicy.evaluator.engine.EvaluationResult;
import com.servicepolicy.evaluator.engine.RuleSet;
import com.servicepolicy.evaluator.event.Customer;
import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.explain.Explainer;
import com.servicepolicy.evaluator.explain.InteractionExplanation;
import com.servicepolicy.evaluator.policy.Clock;
import com.servicepolicy.evaluator.policy.Durations;
import com.servicepolicy.evaluator.policy.GroupRefusalRate;
import com.servicepolicy.evaluator.policy.Interaction;
import com.servicepolicy.evaluator.engine.ViolationCollector;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Renders an explained evaluation: per violation the rule that fired and the facts it matched (as
 * small JSON-ready maps), and per interaction the same explanation as the {@code explain} command
 * (timeline, clocks against targets, rules fired, and why each other rule did not fire).
 * Customers are never rendered: their protected attributes stay inside the engine.
 */
final class ExplanationRenderer {
    private ExplanationRenderer() {
    }

    static Map<String, Object> render(EvaluationResult result, List<Event> events, RuleSet ruleSet) {
        List<Map<String, Object>> violations = new ArrayList<>();
        for (ViolationCollector.Explained e : result.explained()) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("code", e.violation().code());
            v.put("subject", e.violation().subject());
            v.put("rule", Map.of("name", e.rule().ruleName(), "code", e.rule().code(),
                    "sourceFile", e.rule().sourceFile()));
            v.put("matchedFacts", e.matchedFacts().stream().map(ExplanationRenderer::fact).toList());
            violations.add(v);
        }
        return Map.of("violations", violations, "interactions", interactions(result, events, ruleSet));
    }

    /** Explains every interaction of the request, looking at its customer's events only (reviews, repeat contacts). */
    private static List<InteractionExplanation> interactions(EvaluationResult result, List<Event> events, RuleSet ruleSet) {
        Explainer explainer = new Explainer(ruleSet);
        Map<String, List<Event>> byCustomer = new LinkedHashMap<>();
        events.forEach(e -> byCustomer.computeIfAbsent(e.getCustomerId(), k -> new ArrayList<>()).add(e));
        List<InteractionExplanation> out = new ArrayList<>();
        for (List<Event> customerEvents : byCustomer.values()) {
            customerEvents.stream().map(Event::getInteractionId).filter(Objects::nonNull).distinct()
                    .forEach(id -> out.add(explainer.explain(result, customerEvents, id)));
        }
        return out;
    }

    private static Map<String, Object> clock(Clock c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fact", "Clock");
        m.put("kind", c.getKind().name());
        m.put("interactionId", c.getInteractionId());
        m.put("priority", c.getPriority() == null ? null : c.getPriority().name());
        m.put("start", c.getStartEventId());
        m.put("startedAt", time(c.getStartedAt()));
        m.put("stop", c.getStopEventId());
        m.put("stoppedAt", c.getStoppedAt() == null ? null : time(c.getStoppedAt()));
        m.put("running", c.isRunning());
        m.put("elapsedMillis", c.getElapsed());
        m.put("elapsed", Durations.format(c.getElapsed()));
        return m;
    }

    private static Map<String, Object> fact(Object fact) {
        if (fact instanceof Clock c) {
            return clock(c);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        if (fact instanceof Event e) {
            m.put("fact", "Event");
            m.put("eventId", e.getEventId());
            m.put("type", e.getType().name());
            m.put("at", time(e.getAt()));
            m.put("interactionId", e.getInteractionId());
        } else if (fact instanceof Interaction i) {
            m.put("fact", "Interaction");
            m.put("interactionId", i.getInteractionId());
            m.put("openedBy", i.getOpenedEventId());
            m.put("openedAt", time(i.getOpenedAt()));
            m.put("priority", String.valueOf(i.getPriority()));
            m.put("category", String.valueOf(i.getCategory()));
        } else if (fact instanceof GroupRefusalRate g) {
            // group-level counts only, which FAIR-003 reports anyway
            m.put("fact", "GroupRefusalRate");
            m.put("group", g.getSubject());
            m.put("interactions", g.getInteractions());
            m.put("refused", g.getRefused());
        } else if (fact instanceof Customer) {
            m.put("fact", "Customer"); // protected attributes are never shown
        } else {
            m.put("fact", fact == null ? "null" : fact.getClass().getSimpleName());
        }
        return m;
    }

    private static String time(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).toString();
    }
}
