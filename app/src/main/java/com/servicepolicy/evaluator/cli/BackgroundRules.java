package com.servicepolicy.evaluator.cli;

import com.servicepolicy.evaluator.engine.RuleSet;
import com.servicepolicy.evaluator.engine.RuleSetException;
import com.servicepolicy.evaluator.engine.RuleSetLoader;
import com.servicepolicy.evaluator.engine.RuleSource;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Compiles the rules on a background thread while the log is being read: building the KieBase takes
 * seconds (the largest phase of a 100k-interaction run), and reading needs only one core.
 */
final class BackgroundRules {
    private final CompletableFuture<RuleSet> ruleSet;
    private final long started = System.nanoTime();
    private volatile long compileMillis = -1;

    private BackgroundRules(RuleSource source) {
        ruleSet = new CompletableFuture<>();
        Thread compiler = new Thread(() -> {
            try {
                ruleSet.complete(RuleSetLoader.load(source));
            } catch (Throwable e) {
                ruleSet.completeExceptionally(e);
            } finally {
                compileMillis = (System.nanoTime() - started) / 1_000_000;
            }
        }, "rule-compiler");
        compiler.setDaemon(true);
        compiler.start();
    }

    static BackgroundRules start(RuleSource source) {
        return new BackgroundRules(source);
    }

    /** Waits for the compiled rules. */
    RuleSet await() throws RuleSetException {
        try {
            return ruleSet.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuleSetException problems) {
                throw problems;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    boolean isDone() {
        return ruleSet.isDone();
    }

    /** How long compiling took, or -1 while it runs. */
    long compileMillis() {
        return compileMillis;
    }
}
