package com.servicepolicy.evaluator.engine;

/**
 * A rule kept firing past the evaluation's bound on firings or time: most likely a rule that
 * re-activates itself. Names the rule that fired last so its author can find it.
 */
public final class RuleLoopException extends RuntimeException {
    private final String ruleName;
    private final boolean abandoned;

    public RuleLoopException(String ruleName, String bound) {
        super("rule '" + ruleName + "' was stopped after " + bound + "; it probably re-activates itself");
        this.ruleName = ruleName;
        this.abandoned = false;
    }

    /** A session that ran past its time limit; {@code abandoned}: it ignored being stopped and its thread was left. */
    RuleLoopException(String ruleName, long millis, boolean abandoned) {
        super("rule '" + ruleName + "' was stopped after running for " + millis + " ms"
                + (abandoned ? "; it ignored being stopped, so its thread was abandoned" : "")
                + "; it probably loops, blocks or sleeps");
        this.ruleName = ruleName;
        this.abandoned = abandoned;
    }

    /** Whether the session's thread was left running (see {@link RuleThreads#stuck()}). */
    public boolean abandoned() {
        return abandoned;
    }

    public String ruleName() {
        return ruleName;
    }
}
