package com.servicepolicy.evaluator.generate;

import com.servicepolicy.evaluator.event.Priority;

import static com.servicepolicy.evaluator.generate.Dice.HOUR;

/**
 * The targets a realistic team works towards: the catalog defaults. The generator keeps its own copy
 * on purpose: generated data must not change when a policy author moves a threshold, otherwise a
 * before/after comparison of rule settings would compare different logs.
 */
final class ServiceLevels {
    /** Median response as a share of the target; with sigma 0.86 about 8 % of responses are late. */
    static final double RESPONSE_MEDIAN_SHARE = 0.3;
    static final double RESPONSE_SIGMA = 0.86;
    /** With sigma 1.0 about 11 % of resolutions are late. */
    static final double RESOLUTION_MEDIAN_SHARE = 0.3;
    static final double RESOLUTION_SIGMA = 1.0;
    static final long FOLLOW_UP_WINDOW = 72 * HOUR;
    static final long ACCOMMODATION_WINDOW = 120 * HOUR;

    private ServiceLevels() {
    }

    static long responseTarget(Priority p) {
        return switch (p) {
            case URGENT -> HOUR;
            case HIGH -> 4 * HOUR;
            case NORMAL -> 24 * HOUR;
            case LOW -> 72 * HOUR;
        };
    }

    static long resolutionTarget(Priority p) {
        return switch (p) {
            case URGENT -> 24 * HOUR;
            case HIGH -> 72 * HOUR;
            case NORMAL -> 168 * HOUR;
            case LOW -> 336 * HOUR;
        };
    }
}
