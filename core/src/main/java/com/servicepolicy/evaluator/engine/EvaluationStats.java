package com.servicepolicy.evaluator.engine;

/**
 * What one evaluation did: events considered, events ignored for being after asOf, interactions
 * derived, sessions run, rule firings, and wall time.
 */
public record EvaluationStats(long events, long afterAsOf, long interactions, long sessions, long firings,
                              long millis) {
}
