package com.servicepolicy.evaluator.explain;

import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.event.EventType;
import com.servicepolicy.evaluator.policy.Clock;
import com.servicepolicy.evaluator.policy.ClockKind;
import com.servicepolicy.evaluator.policy.Durations;
import com.servicepolicy.evaluator.policy.PolicySettings;
import com.servicepolicy.evaluator.policy.RuleInfo;
import com.servicepolicy.evaluator.policy.Templates;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Says, for a rule that did not fire on an interaction, what it looked at there and why that stayed
 * below the line — from the rule's own metadata, never from a list of codes: {@code @judges} names the
 * facts it judges (a kind of clock, a type of event, the interaction, group rates) and {@code @whyNot} the
 * sentence to fill for each, with the fact's fields and the settings as placeholders. A clock with no
 * {@code @whyNot} is read against its target; a rule with no {@code @judges} gets its description.
 */
final class WhyNot {
    private final PolicySettings settings;
    private final List<Event> timeline;
    private final List<Clock> clocks;

    WhyNot(PolicySettings settings, List<Event> timeline, List<Clock> clocks) {
        this.settings = settings;
        this.timeline = timeline;
        this.clocks = clocks;
    }

    String reason(RuleInfo rule) {
        RuleInfo.Judged judged = rule.judges();
        if (judged == null) {
            return "did not fire on this interaction; it fires when: " + rule.description();
        }
        return switch (judged.type()) {
            case RuleInfo.Judged.CLOCK -> clocks(rule, ClockKind.valueOf(judged.kind()));
            case RuleInfo.Judged.EVENT -> events(rule, e -> e.getType() == EventType.valueOf(judged.kind()),
                    "no " + judged.kind() + " event");
            case RuleInfo.Judged.INTERACTION -> events(rule, e -> e.getType() == EventType.OPENED, "no OPENED event");
            default -> rule.whyNot() != null ? fill(rule.whyNot(), Map.of())
                    : "judged over the whole log, never per interaction; it fires when: " + rule.description();
        };
    }

    private String clocks(RuleInfo rule, ClockKind kind) {
        List<Clock> found = clocks.stream().filter(c -> c.getKind() == kind).toList();
        if (found.isEmpty()) {
            return "no " + kind + " clock: it starts at " + kind.startsAt();
        }
        return String.join("; ", found.stream().map(c -> rule.whyNot() == null ? ClockReadings.summary(c)
                : fill(rule.whyNot(), clockFields(c))).toList());
    }

    private String events(RuleInfo rule, java.util.function.Predicate<Event> judged, String none) {
        List<Event> found = timeline.stream().filter(judged).toList();
        if (found.isEmpty()) {
            return none;
        }
        String template = rule.whyNot() != null ? rule.whyNot()
                : "{type} {eventId} does not meet the rule: " + rule.description();
        return String.join("; ", found.stream().map(e -> fill(template, eventFields(e))).toList());
    }

    /** The fact's fields first, then the settings; an absent field reads "(none)". */
    private String fill(String template, Map<String, String> fields) {
        Function<String, String> values = key -> fields.containsKey(key)
                ? (fields.get(key) == null ? "(none)" : fields.get(key)) : settings.text(key);
        return Templates.fill(template, values);
    }

    private static Map<String, String> clockFields(Clock c) {
        Map<String, String> m = new HashMap<>();
        m.put("kind", c.getKind().name());
        m.put("elapsed", Durations.format(c.getElapsed()));
        m.put("target", Durations.format(c.getTarget()));
        m.put("targetName", c.getTargetName());
        m.put("startEventId", c.getStartEventId());
        m.put("stopEventId", c.getStopEventId());
        m.put("priority", c.getPriority() == null ? null : c.getPriority().name());
        m.put("category", c.getCategory() == null ? null : c.getCategory().name());
        m.put("state", c.isRunning() ? "running" : "stopped");
        m.put("summary", ClockReadings.summary(c));
        return m;
    }

    private static Map<String, String> eventFields(Event e) {
        Map<String, String> m = new HashMap<>();
        m.put("type", e.getType().name());
        m.put("eventId", e.getEventId());
        m.put("at", e.instant().toString());
        m.put("customerId", e.getCustomerId());
        m.put("interactionId", e.getInteractionId());
        m.put("priority", e.getPriority() == null ? null : e.getPriority().name());
        m.put("category", e.getCategory() == null ? null : e.getCategory().name());
        m.put("topic", e.getTopic());
        m.put("agentId", e.getAgentId());
        m.put("reasonCode", e.getReasonCode());
        m.put("reasonText", e.getReasonText());
        m.put("dueAt", e.getDueAt() == null ? null : Instant.ofEpochMilli(e.getDueAt()).toString());
        m.put("rating", e.getRating() == null ? null : e.getRating().toString());
        return m;
    }
}
