package com.servicepolicy.evaluator.policy;

import com.servicepolicy.evaluator.event.Category;
import com.servicepolicy.evaluator.event.Priority;
import com.servicepolicy.evaluator.event.Status;

import java.util.List;

/**
 * A measured stretch of an interaction's timeline, like an SLA timer: started by one event, stopped by
 * another or still running at asOf, measured in active time (paused statuses and, with a business
 * calendar, non-working time left out), with the priority in effect when it is judged and the target the
 * service-level policy that applies gives it. Rules compare {@link #getElapsed()} with
 * {@link #getTarget()}; the clock itself decides nothing. Times and durations are in milliseconds.
 */
public final class Clock {
    private final ClockKind kind;
    private final String customerId;
    private final String interactionId;
    private final Priority priority;
    private final Category category;
    private final String startEventId;
    private final long startedAt;
    private final String stopEventId;
    private final Long stoppedAt;
    private final long elapsed;
    private final long wallElapsed;
    private final Long dueAt;
    private final ClockTarget target;
    private final String serviceLevel;
    private final List<Pause> pauses;

    /** Where a clock starts and stops. */
    public record Span(String startEventId, long startedAt, String stopEventId, Long stoppedAt) {
    }

    /** A stretch of the clock's span it did not run, and the status that paused it. */
    public record Pause(long from, long to, Status status) {
    }

    /**
     * @param elapsed     active time from start to stop (or asOf)
     * @param wallElapsed calendar time from start to stop (or asOf), pauses included
     */
    public Clock(ClockKind kind, String customerId, String interactionId, Priority priority, Category category,
                 Span span, long elapsed, long wallElapsed, Long dueAt, ClockTarget target, String serviceLevel,
                 List<Pause> pauses) {
        this.kind = kind;
        this.customerId = customerId;
        this.interactionId = interactionId;
        this.priority = priority;
        this.category = category;
        this.startEventId = span.startEventId();
        this.startedAt = span.startedAt();
        this.stopEventId = span.stopEventId();
        this.stoppedAt = span.stoppedAt();
        this.elapsed = elapsed;
        this.wallElapsed = wallElapsed;
        this.dueAt = dueAt;
        this.target = target;
        this.serviceLevel = serviceLevel;
        this.pauses = List.copyOf(pauses);
    }

    public ClockKind getKind() { return kind; }
    public String getCustomerId() { return customerId; }
    public String getInteractionId() { return interactionId; }
    /** The interaction's priority in effect when the clock is judged (its stop, or asOf); null without OPENED. */
    public Priority getPriority() { return priority; }
    public Category getCategory() { return category; }
    public String getStartEventId() { return startEventId; }
    public long getStartedAt() { return startedAt; }
    public String getStopEventId() { return stopEventId; }
    public Long getStoppedAt() { return stoppedAt; }
    /** True when nothing stopped the clock by asOf. */
    public boolean isRunning() { return stoppedAt == null; }
    /** Active milliseconds from start to stop (or asOf): paused time, and outside a calendar's working time, left out. */
    public long getElapsed() { return elapsed; }
    /** Calendar milliseconds from start to stop (or asOf), pauses and nights included. */
    public long getWallElapsed() { return wallElapsed; }
    /** For a CALLBACK clock, the promised time (epoch ms); null otherwise. */
    public Long getDueAt() { return dueAt; }
    /** The target in milliseconds: T1 or T2 of the priority, a window of the settings, or the promised delay. */
    public long getTarget() { return target.millis(); }
    /** What the target is, for people: "T1 for HIGH priority", "followUp.window", "the promised time". */
    public String getTargetName() { return target.name(); }
    /** The service-level policy that gave the target ({@code default} when none of the settings' policies matched). */
    public String getServiceLevel() { return serviceLevel; }
    /** The stretches of its span the clock was paused, in order. */
    public List<Pause> getPauses() { return pauses; }

    /** The elapsed time for messages: "8d 10h active (10d 10h on the clock)" when paused or counted in working time. */
    public String describeElapsed() {
        return elapsed == wallElapsed ? Durations.format(elapsed)
                : Durations.format(elapsed) + " active (" + Durations.format(wallElapsed) + " on the clock)";
    }

    @Override
    public String toString() {
        return kind + " clock of " + interactionId + " from " + startEventId
                + (isRunning() ? " (running)" : " to " + stopEventId) + ", elapsed " + Durations.format(elapsed);
    }
}
