package com.servicepolicy.evaluator.explain;

import com.servicepolicy.evaluator.event.EventType;
import com.servicepolicy.evaluator.policy.ClockKind;
import com.servicepolicy.evaluator.policy.Severity;

import java.time.Instant;
import java.util.List;

/**
 * Why one interaction was judged the way it was: its events in order, every clock measured against
 * its target, each rule that fired with the facts it matched, and for each rule that did not, what
 * held it back. Plain data, for the command line and the HTTP {@code ?explain=true} alike.
 */
public record InteractionExplanation(String interactionId, String customerId, Instant asOf, String rulesVersion,
                                     List<TimelineEntry> timeline, List<ClockReading> clocks, List<FiredRule> fired,
                                     List<NotFiredRule> notFired) {

    /** One event of the interaction; {@code detail} holds its notable fields (priority, reason, ...). */
    public record TimelineEntry(Instant at, String eventId, EventType type, String detail) {
    }

    /**
     * A clock and its verdict.
     *
     * @param elapsedMillis     active time (pauses and non-working time left out), what the target is compared with
     * @param wallElapsedMillis time on the clock, pauses included
     * @param priority          the priority in effect when it is judged (its stop, or asOf)
     * @param serviceLevel      the service-level policy that gave the target
     * @param late              whether the active time is past the target
     */
    public record ClockReading(ClockKind kind, String startEventId, Instant startedAt, String stopEventId,
                               Instant stoppedAt, boolean running, long elapsedMillis, long wallElapsedMillis,
                               Long targetMillis, String target, String priority, String serviceLevel,
                               List<Pause> pauses, boolean late, String summary) {
    }

    /** A stretch a clock was paused, and the status that paused it. */
    public record Pause(Instant from, Instant to, String status) {
    }

    /** A rule that reported a violation about this interaction, and the facts it matched. */
    public record FiredRule(String code, String name, String rule, String subject, Severity severity, String message,
                            List<String> matchedFacts) {
    }

    /** A rule of the catalog that did not fire here, and the condition that held it back. */
    public record NotFiredRule(String code, String name, String reason) {
    }
}
