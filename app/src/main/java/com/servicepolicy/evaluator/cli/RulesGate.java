package com.servicepolicy.evaluator.cli;

import com.servicepolicy.evaluator.engine.RuleSetException;

/** Holds back the first report of a bad input line until the rules are known to compile. */
final class RulesGate {
    private final BackgroundRules compiling;
    private boolean open;

    RulesGate(BackgroundRules compiling) {
        this.compiling = compiling;
    }

    /** Aborts the read with {@link Closed} as soon as the rules are known not to compile; never waits. */
    void checkIfDone() {
        if (!open && compiling.isDone()) {
            pass();
        }
    }

    /** Returns once the rules compiled; aborts the read with {@link Closed} when they did not. */
    void pass() {
        if (open) {
            return;
        }
        try {
            compiling.await();
            open = true;
        } catch (RuleSetException e) {
            throw new Closed();
        }
    }

    /** The rules do not compile: reading stops, and the command reports the rules' problems. */
    static final class Closed extends RuntimeException {
        Closed() {
            super("the rules do not compile", null, false, false);
        }
    }
}
