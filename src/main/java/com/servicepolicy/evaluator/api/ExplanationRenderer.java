package com.servicepolicy.evaluator.api;

import com.servicepolicy.evaluator.engine.EvaluationResult;
import com.servicepolicy.evaluator.event.Customer;
import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.policy.Clock;
import com.servicepolicy.evaluator.policy.Durations;
import com.servicepolicy.evaluator.policy.GroupRefusalRate;
import com.servicepolicy.evaluator.policy.Interaction;
import com.servicepolicy.evaluator.policy.PolicySettings;
import com.servicepolicy.evaluator.policy.ViolationCollector;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders an explained evaluation as small JSON-ready maps: per violation the rule that fired and
 * the facts it matched, and per interaction its clocks against their targets. Customers are never
 * rendered: their protected attributes stay inside the engine. Kept apart so that a shared
 * explanation model can replace it.
 */
final class ExplanationRenderer {
    private ExplanationRenderer() {
    }

    static Map<String, Object> render(EvaluationResult result, PolicySettings settings) {
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
        Map<String, List<Map<String, Object>>> clocksByInteraction = new LinkedHashMap<>();
        for (Clock c : result.clocks()) {
            clocksByInteraction.computeIfAbsent(c.getInteractionId(), k -> new ArrayList<>())
                    .add(clock(c, target(c, settings)));
        }
        List<Map<String, Object>> interactions = new ArrayList<>();
        clocksByInteraction.forEach((id, clocks) -> interactions.add(Map.of("interactionId", id, "clocks", clocks)));
        return Map.of("violations", violations, "interactions", interactions);
    }

    /** The target a clock is held to, or null when it has none (no priority known). */
    static Long target(Clock c, PolicySettings settings) {
        return switch (c.getKind()) {
            case FIRST_RESPONSE, NEXT_REPLY -> c.getPriority() == null ? null : settings.responseTarget(c.getPriority());
            case RESOLUTION -> c.getPriority() == null ? null : settings.resolutionTarget(c.getPriority());
            case ACCOMMODATION_ANSWER -> settings.getAccommodationAnswerWindow();
            case FOLLOW_UP -> settings.getFollowUpWindow();
            case CALLBACK -> c.getAllowed();
        };
    }

    private static Map<String, Object> clock(Clock c, Long target) {
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
        if (target != null) {
            m.put("targetMillis", target);
            m.put("target", Durations.format(target));
            m.put("withinTarget", c.getElapsed() <= target);
        }
        return m;
    }

    private static Map<String, Object> fact(Object fact) {
        if (fact instanceof Clock c) {
            return clock(c, null);
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
