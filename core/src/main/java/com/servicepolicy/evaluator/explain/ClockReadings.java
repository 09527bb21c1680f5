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
                c.isRunning(), c.getElapsed(), c.getWallElapsed(), c.getTarget(), c.getTargetName(),
                c.getPriority() == null ? null : c.getPriority().name(), c.getServiceLevel(),
                c.getPauses().stream().map(p -> new InteractionExplanation.Pause(Instant.ofEpochMilli(p.from()),
                        Instant.ofEpochMilli(p.to()), p.status().name())).toList(), late, summary(c));
    }

    /** E.g. "stopped by e9 after 70h active (100h on the clock), within T2 for HIGH priority (72h)". */
    static String summary(Clock c) {
        boolean late = c.getElapsed() > c.getTarget();
        String wall = c.getWallElapsed() == c.getElapsed() ? ""
                : " active (" + Durations.format(c.getWallElapsed()) + " on the clock)";
        return (c.isRunning() ? "running for " : "stopped by " + c.getStopEventId() + " after ")
                + Durations.format(c.getElapsed()) + wall
                + (late ? ", " + Durations.format(c.getElapsed() - c.getTarget()) + " past " : ", within ")
                + c.getTargetName() + " (" + Durations.format(c.getTarget()) + ")";
    }
}
