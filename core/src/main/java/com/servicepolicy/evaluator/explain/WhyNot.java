package com.servicepolicy.evaluator.explain;

import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.event.EventType;
import com.servicepolicy.evaluator.policy.Clock;
import com.servicepolicy.evaluator.policy.ClockKind;
import com.servicepolicy.evaluator.policy.PolicySettings;
import com.servicepolicy.evaluator.policy.RuleInfo;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static com.servicepolicy.evaluator.policy.Durations.format;

/**
 * Says, for a rule of the shipped catalog that did not fire on an interaction, which of its
 * conditions held it back, with the measured values and the settings' thresholds. A rule of the
 * author's own gets its description instead: the engine cannot tell which condition failed.
 */
final class WhyNot {
    private final PolicySettings settings;
    private final List<Event> timeline;
    private final List<Clock> clocks;
    private final Collection<Event> log;
    private final long asOf;

    WhyNot(PolicySettings settings, List<Event> timeline, List<Clock> clocks, Collection<Event> log, long asOf) {
        this.settings = settings;
        this.timeline = timeline;
        this.clocks = clocks;
        this.log = log;
        this.asOf = asOf;
    }

    String reason(RuleInfo rule) {
        String code = rule.code();
        String reason = switch (code) {
            case "RESP-001" -> clock(ClockKind.FIRST_RESPONSE, "no OPENED event, so no first-response clock",
                    c -> (c.isRunning() ? "no first response yet after " : "first response after ") + measured(c));
            case "RESP-002" -> nextReply();
            case "RESP-003" -> clock(ClockKind.RESOLUTION, "no OPENED event, so no resolution clock",
                    c -> (c.isRunning() ? "still open after " : "closed after ") + measured(c));
            case "RESP-004" -> atRisk();
            case "FAIR-001" -> refusals("no REFUSED event", e -> settings.getProtectedGrounds().contains(e.getReasonCode())
                    || settings.mentionsProtectedTerm(e.getReasonText())
                    ? "refusal " + e.getEventId() + " rests on a protected ground: FAIR-002 applies instead"
                    : "refusal " + e.getEventId() + " has the legitimate reason code " + e.getReasonCode());
            case "FAIR-002" -> refusals("no REFUSED event", e -> "refusal " + e.getEventId() + ": reason code "
                    + e.getReasonCode() + " is not a protected ground and the reason text mentions no protected term");
            case "FAIR-003" -> "judged per group over the whole log (needs the customers file), never per interaction";
            case "FAIR-004" -> events(EventType.ACCOMMODATION_DENIED).map(e -> "denial " + e.getEventId()
                    + " has the legitimate reason code " + e.getReasonCode()).orElse("no ACCOMMODATION_DENIED event");
            case "FAIR-005" -> clock(ClockKind.ACCOMMODATION_ANSWER, "no ACCOMMODATION_REQUESTED event",
                    c -> (c.isRunning() ? "request unanswered for " : "request answered after ") + measured(c));
            case "FAIR-006" -> refusals("no REFUSED event", e -> "refusal " + e.getEventId() + ": no review rated "
                    + settings.getRetaliationMaxRating() + " or lower by " + e.getCustomerId() + " in the "
                    + format(settings.getRetaliationWindow()) + " before it");
            case "FUP-001" -> followUp();
            case "FUP-002" -> clock(ClockKind.CALLBACK, "no CALLBACK_PROMISED event", c -> c.getDueAt() > asOf && c.isRunning()
                    ? "callback due " + java.time.Instant.ofEpochMilli(c.getDueAt()) + ", not yet passed"
                    : "contact " + format(c.getElapsed()) + " after the promise, within the promised " + format(c.getAllowed()));
            case "FUP-003" -> repeatContact();
            default -> null;
        };
        return reason != null ? reason : "did not fire on this interaction; it fires when: " + rule.description();
    }

    private String measured(Clock c) {
        Long target = ClockTargets.target(c, settings);
        return format(c.getElapsed()) + (target == null ? "" : ", target " + format(target));
    }

    private String clock(ClockKind kind, String none, java.util.function.Function<Clock, String> describe) {
        List<Clock> found = clocks.stream().filter(c -> c.getKind() == kind).toList();
        return found.isEmpty() ? none : String.join("; ", found.stream().map(describe).toList());
    }

    private String nextReply() {
        return clock(ClockKind.NEXT_REPLY, timeline.stream().anyMatch(e -> e.getType().isAgentResponse())
                        ? "no CUSTOMER_MESSAGE or REOPENED after the first response"
                        : "no first response yet, so no next-reply clock",
                c -> "wait from " + c.getStartEventId() + (c.isRunning() ? " still running after " : " answered after ") + measured(c));
    }

    private String atRisk() {
        return clock(ClockKind.FIRST_RESPONSE, "no OPENED event", c -> {
            long target = ClockTargets.target(c, settings);
            long from = (long) Math.ceil(target * settings.getAtRiskFraction());
            if (!c.isRunning()) {
                return "answered after " + format(c.getElapsed());
            }
            return c.getElapsed() > target ? "past T1 (" + format(target) + "): RESP-001 applies instead"
                    : "waiting " + format(c.getElapsed()) + "; the warning starts at " + format(from) + " ("
                    + Math.round(settings.getAtRiskFraction() * 100) + " % of " + format(target) + ")";
        });
    }

    private String followUp() {
        Optional<Event> opened = events(EventType.OPENED);
        if (opened.isPresent() && !settings.getFollowUpCategories().contains(opened.get().getCategory())) {
            return "category " + opened.get().getCategory() + " is not followed up (followUp.categories: "
                    + settings.getFollowUpCategories() + ")";
        }
        return clock(ClockKind.FOLLOW_UP, "not resolved, or reopened since the last resolution", c -> c.isRunning()
                ? format(c.getElapsed()) + " since the resolution, window " + format(settings.getFollowUpWindow()) + " not closed yet"
                : "followed up " + format(c.getElapsed()) + " after the resolution, within " + format(settings.getFollowUpWindow()));
    }

    private String repeatContact() {
        Optional<Event> opened = events(EventType.OPENED);
        if (opened.isEmpty()) {
            return "no OPENED event";
        }
        Event o = opened.get();
        if (o.getTopic() == null || o.getTopic().isEmpty()) {
            return "the OPENED event has no topic";
        }
        long others = log.stream().filter(e -> e.getType() == EventType.OPENED && e != o
                && o.getCustomerId().equals(e.getCustomerId()) && o.getTopic().equals(e.getTopic())
                && e.getAt() <= o.getAt() && e.getAt() >= o.getAt() - settings.getRepeatContactWindow()).count();
        return others + " other interaction(s) on topic '" + o.getTopic() + "' in the " + format(settings.getRepeatContactWindow())
                + " before, needs " + settings.getRepeatContactMinOthers();
    }

    private String refusals(String none, java.util.function.Function<Event, String> describe) {
        List<Event> refused = timeline.stream().filter(e -> e.getType() == EventType.REFUSED).toList();
        return refused.isEmpty() ? none : String.join("; ", refused.stream().map(describe).toList());
    }

    private Optional<Event> events(EventType type) {
        return timeline.stream().filter(e -> e.getType() == type).findFirst();
    }
}
