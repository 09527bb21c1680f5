package com.servicepolicy.evaluator.engine;

import java.time.Duration;

/**
 * Bounds that keep a runaway rule from taking the process down: at most {@code maxFiringsPerFact}
 * rule firings per fact of a group (and never fewer than {@code minFirings}), and at most
 * {@code maxTime} of rule firing per group. {@code groupSize} is how many events a session holds
 * before a new one is started; customers are never split across sessions. {@code threads} is how
 * many sessions are evaluated at once (1: on the caller's thread); results do not depend on it.
 * {@code maxRunTime}, when not null, bounds a whole evaluation (every session of it, and the wait for a
 * rule thread): the service's answer to "a request never waits longer than its limit"; the batch and the
 * command line, whose runs are as long as their logs, leave it null.
 */
public record EvaluationLimits(int groupSize, int maxFiringsPerFact, int minFirings, Duration maxTime, int threads,
                               Duration maxRunTime) {

    public static final EvaluationLimits DEFAULTS = new EvaluationLimits(2_000, 50, 10_000, Duration.ofSeconds(10), 1);

    public EvaluationLimits {
        if (groupSize < 1 || maxFiringsPerFact < 1 || minFirings < 1 || maxTime.isNegative() || maxTime.isZero()
                || threads < 1 || maxRunTime != null && (maxRunTime.isNegative() || maxRunTime.isZero())) {
            throw new IllegalArgumentException("evaluation limits must be positive");
        }
    }

    /** No bound on a whole run. */
    public EvaluationLimits(int groupSize, int maxFiringsPerFact, int minFirings, Duration maxTime, int threads) {
        this(groupSize, maxFiringsPerFact, minFirings, maxTime, threads, null);
    }

    /** Single-threaded limits (the constructor before {@code threads} existed). */
    public EvaluationLimits(int groupSize, int maxFiringsPerFact, int minFirings, Duration maxTime) {
        this(groupSize, maxFiringsPerFact, minFirings, maxTime, 1);
    }

    /**
     * The default number of sessions evaluated at once: one per processor, at most 4 (beyond that the
     * caller feeding the groups, not the rules, is the limit).
     */
    public static int processorThreads() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /** These limits with sessions evaluated on {@code threads} threads. */
    public EvaluationLimits withThreads(int threads) {
        return new EvaluationLimits(groupSize, maxFiringsPerFact, minFirings, maxTime, threads, maxRunTime);
    }

    /** These limits with a whole evaluation bounded by {@code maxRunTime}. */
    public EvaluationLimits withMaxRunTime(Duration maxRunTime) {
        return new EvaluationLimits(groupSize, maxFiringsPerFact, minFirings, maxTime, threads, maxRunTime);
    }

    int maxFirings(int facts) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(minFirings, (long) facts * maxFiringsPerFact));
    }
}
