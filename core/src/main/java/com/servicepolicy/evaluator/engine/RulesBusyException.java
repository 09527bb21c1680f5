package com.servicepolicy.evaluator.engine;

/**
 * No rule thread was free for a session in time, or every one is stuck in a session that ignored being
 * stopped ({@link RuleThreads}): the evaluation was refused rather than queued without end.
 */
public final class RulesBusyException extends RuntimeException {
    private final int threads;
    private final int stuck;

    RulesBusyException(int threads, int stuck) {
        super(stuck >= threads
                ? "every one of the " + threads + " rule threads is stuck in a rule that ignored being stopped"
                : "no rule thread was free in time (" + threads + " threads, " + stuck + " stuck)");
        this.threads = threads;
        this.stuck = stuck;
    }

    public int threads() {
        return threads;
    }

    public int stuck() {
        return stuck;
    }
}
