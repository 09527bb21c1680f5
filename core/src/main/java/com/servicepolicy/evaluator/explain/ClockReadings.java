package com.servicepolicy.evaluator.explain;

import com.servicepolicy.evaluator.policy.Clock;
import com.servicepolicy.evaluator.policy.Durations;

import java.time.Instant;

/** A clock against the target the settings gave it, in words. */
final class ClockReadings {
    private ClockReadings() {
    }

    static InteractionExplanation.ClockReading reading(Clock c) {
        boolean late = c.getElapsed() > c.getTarget();
        return new InteractionExplanation.ClockReading(c.getKind(), c.getStartEventId(), Instant.ofEpochMilli(c.getStartedAt()),
                c.getStopEventId(), c.getStoppedAt() == null ? null : Instant.ofEpochMilli(c.getStoppedAt()),
                c.isRunning(), c.getElapsed(), c.getTarget(), c.getTargetName(), late, summary(c));
    }

    static String summary(Clock c) {
        boolean late = c.getElapsed() > c.getTarget();
        return (c.isRunning() ? "running for " : "stopped by " + c.getStopEventId() + " after ")
                + Durations.format(c.getElapsed())
                + (late ? ", " + Durations.format(c.getElapsed() - c.getTarget()) + " past " : ", within ")
                + c.getTargetName() + " (" + Durations.format(c.getTarget()) + ")";
    }
}
