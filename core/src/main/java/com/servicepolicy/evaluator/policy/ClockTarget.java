package com.servicepolicy.evaluator.policy;

/**
 * What a clock is judged against, taken from the settings when the clock is measured: a duration in
 * milliseconds and its name for people ("T1 for HIGH priority", "followUp.window", "the promised time").
 */
public record ClockTarget(long millis, String name) {
}
