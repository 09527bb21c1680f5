package com.servicepolicy.evaluator.engine;

/**
 * A rule kept firing past the evaluation's bound on firings or time: most likely a rule that
 * re-activates itself. Names the rule that fired last so its author can find it.
 */
public final class RuleLoopException extends RuntimeException {
    private final String ruleName;

    public RuleLoopException(String ruleName, String bound) {
        super("rule '" + ruleName + "' was stopped after " + bound + "; it probably re-activates itself");
        this.ruleName = ruleName;
    }

    public String ruleName() {
        return ruleName;
    }
}
