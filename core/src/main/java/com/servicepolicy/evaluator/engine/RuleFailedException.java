package com.servicepolicy.evaluator.engine;

import org.kie.api.runtime.rule.ConsequenceException;

/**
 * A rule threw while the rules were being fired (its {@code then}, or a condition that calls the author's code).
 * That is the rule set's fault, not the input's nor the program's: every door reports it as such, naming the rule,
 * instead of failing as a defect of its own (an HTTP 500, a command without its accounting line).
 */
public final class RuleFailedException extends RuntimeException {
    private final String ruleName;

    RuleFailedException(String ruleName, Throwable cause) {
        super("rule '" + ruleName + "' failed: " + describe(cause), cause);
        this.ruleName = ruleName;
    }

    /** The rule whose {@code then} threw, else the rule that fired last (a failing condition names none). */
    static RuleFailedException of(Throwable thrown, String lastFired) {
        if (thrown instanceof ConsequenceException c && c.getRule() != null) {
            return new RuleFailedException(c.getRule().getName(), c.getCause() != null ? c.getCause() : c);
        }
        return new RuleFailedException(lastFired, thrown);
    }

    public String ruleName() {
        return ruleName;
    }

    private static String describe(Throwable t) {
        String message = t.getMessage();
        String first = message == null ? "" : message.lines().findFirst().orElse("");
        return t.getClass().getName() + (first.isBlank() ? "" : ": " + first);
    }
}
