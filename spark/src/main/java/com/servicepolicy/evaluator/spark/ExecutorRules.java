package com.servicepolicy.evaluator.spark;

import com.servicepolicy.evaluator.engine.RuleSet;
import com.servicepolicy.evaluator.engine.RuleSetException;
import com.servicepolicy.evaluator.engine.RuleSetLoader;

/**
 * The rule set of this JVM (an executor, or the driver in local mode), compiled at most once per version:
 * the first task that needs it compiles the broadcast text while the others wait, later tasks and later jobs
 * of the same rules get it at once (in local mode the driver's own compile, started while the inputs are read). The version it compiled to must be the driver's, so that an executor
 * can never judge with other rules than the ones the run reports.
 */
final class ExecutorRules {
    private static RuleSet current;

    private ExecutorRules() {
    }

    static synchronized RuleSet get(RuleText text) throws RuleSetException {
        if (current != null && current.version().equals(text.version())) {
            return current;
        }
        RuleSet compiled = RuleSetLoader.load(text.files());
        if (!compiled.version().equals(text.version())) {
            throw new IllegalStateException("the broadcast rules compiled to version " + compiled.version()
                    + " on this executor, the driver's are " + text.version());
        }
        current = compiled;
        return compiled;
    }
}
