package com.servicepolicy.evaluator.policy;

import com.servicepolicy.evaluator.event.Category;
import com.servicepolicy.evaluator.event.Priority;

/**
 * A measured stretch of an interaction's timeline, like an SLA timer: started by one event,
 * stopped by another or still running at asOf, with the target the settings give it. Rules compare
 * {@link #getElapsed()} with {@link #getTarget()}; the clock itself decides nothing. Times and
 * durations are in milliseconds.
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
    private final Long dueAt;
    private final ClockTarget target;

    public Clock(ClockKind kind, Interaction interaction, String startEventId, long startedAt,
                 String stopEventId, Long stoppedAt, long asOf, Long dueAt, BusinessCalendar calendar, ClockTarget target) {
        this(kind, interaction.getCustomerId(), interaction.getInteractionId(), interaction.getPriority(),
                interaction.getCategory(), startEventId, startedAt, stopEventId, stoppedAt, asOf, dueAt, calendar, target);
    }

    /** @param calendar working time to count, or null to count calendar time */
    public Clock(ClockKind kind, String customerId, String interactionId, Priority priority, Category category,
                 String startEventId, long startedAt, String stopEventId, Long stoppedAt, long asOf, Long dueAt,
                 BusinessCalendar calendar, ClockTarget target) {
        this.kind = kind;
        this.customerId = customerId;
        this.interactionId = interactionId;
        this.priority = priority;
        this.category = category;
        this.startEventId = startEventId;
        this.startedAt = startedAt;
        this.stopEventId = stopEventId;
        this.stoppedAt = stoppedAt;
        long end = stoppedAt != null ? stoppedAt : asOf;
        this.elapsed = calendar == null ? end - startedAt : calendar.between(startedAt, end);
        this.dueAt = dueAt;
        this.target = target;
    }

    public ClockKind getKind() { return kind; }
    public String getCustomerId() { return customerId; }
    public String getInteractionId() { return interactionId; }
    /** Priority of the interaction, or null when the interaction has no OPENED event. */
    public Priority getPriority() { return priority; }
    public Category getCategory() { return category; }
    public String getStartEventId() { return startEventId; }
    public long getStartedAt() { return startedAt; }
    public String getStopEventId() { return stopEventId; }
    public Long getStoppedAt() { return stoppedAt; }
    /** True when nothing stopped the clock by asOf. */
    public boolean isRunning() { return stoppedAt == null; }
    /** Milliseconds from start to stop, or to asOf while running; working time only when the policy has a calendar. */
    public long getElapsed() { return elapsed; }
    /** For a CALLBACK clock, the promised time (epoch ms); null otherwise. */
    public Long getDueAt() { return dueAt; }
    /** The target in milliseconds: T1 or T2 of the priority, a window of the settings, or the promised delay. */
    public long getTarget() { return target.millis(); }
    /** What the target is, for people: "T1 for HIGH priority", "followUp.window", "the promised time". */
    public String getTargetName() { return target.name(); }

    @Override
    public String toString() {
        return kind + " clock of " + interactionId + " from " + startEventId
                + (isRunning() ? " (running)" : " to " + stopEventId) + ", elapsed " + Durations.format(elapsed);
    }
}
