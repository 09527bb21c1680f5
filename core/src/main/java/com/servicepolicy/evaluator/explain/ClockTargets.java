package com.servicepolicy.evaluator.explain;

import com.servicepolicy.evaluator.policy.Clock;
import com.servicepolicy.evaluator.policy.Durations;
import com.servicepolicy.evaluator.policy.PolicySettings;

import java.time.Instant;

/** The target each clock kind is measured against in the default catalog, from the settings. */
final class ClockTargets {
    private ClockTargets() {
    }

    /** Target in milliseconds, or null when the clock has no priority to look one up by. */
    static Long target(Clock c, PolicySettings s) {
        return switch (c.getKind()) {
            case FIRST_RESPONSE, NEXT_REPLY -> c.getPriority() == null ? null : s.responseTarget(c.getPriority());
            case RESOLUTION -> c.getPriority() == null ? null : s.resolutionTarget(c.getPriority());
            case ACCOMMODATION_ANSWER -> s.getAccommodationAnswerWindow();
            case CALLBACK -> c.getAllowed();
            case FOLLOW_UP -> s.getFollowUpCategories().contains(c.getCategory()) ? s.getFollowUpWindow() : null;
        };
    }

    static String targetName(Clock c) {
        return switch (c.getKind()) {
            case FIRST_RESPONSE, NEXT_REPLY -> "T1 for " + c.getPriority() + " priority";
            case RESOLUTION -> "T2 for " + c.getPriority() + " priority";
            case ACCOMMODATION_ANSWER -> "accommodation.answerWindow";
            case CALLBACK -> "the promised time";
            case FOLLOW_UP -> "followUp.window";
        };
    }

    static InteractionExplanation.ClockReading reading(Clock c, PolicySettings s) {
        Long target = target(c, s);
        boolean late = target != null && c.getElapsed() > target;
        String summary = (c.isRunning() ? "running for " : "stopped by " + c.getStopEventId() + " after ")
                + Durations.format(c.getElapsed())
                + (target == null ? "" : late ? ", " + Durations.format(c.getElapsed() - target) + " past "
                : ", within ") + (target == null ? "" : targetName(c) + " (" + Durations.format(target) + ")");
        return new InteractionExplanation.ClockReading(c.getKind(), c.getStartEventId(), Instant.ofEpochMilli(c.getStartedAt()),
                c.getStopEventId(), c.getStoppedAt() == null ? null : Instant.ofEpochMilli(c.getStoppedAt()),
                c.isRunning(), c.getElapsed(), target, target == null ? null : targetName(c), late, summary);
    }
}
