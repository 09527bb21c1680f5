package com.servicepolicy.evaluator.service;

import com.servicepolicy.evaluator.engine.EvaluationLimits;
import com.servicepolicy.evaluator.engine.RuleSource;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How the service runs: where its rules are (a directory, or null for {@code ./rules} when it exists and
 * else the catalog built into the jar), how large a request may be, whether the rules directory is
 * watched, the bounds of each evaluation and how many rule sessions may run (or be stuck) at once.
 */
public record ServiceSettings(Path rulesDir, int maxEventsPerRequest, long maxBodyBytes, boolean watchRules,
                              Duration reloadDebounce, EvaluationLimits limits, int ruleThreads) {
    public static final int DEFAULT_RULE_THREADS = 8;

    public ServiceSettings {
        if (maxEventsPerRequest < 1 || maxBodyBytes < 1 || ruleThreads < 1) {
            throw new IllegalArgumentException("evaluator.max-events-per-request, evaluator.max-body-size and"
                    + " evaluator.limits.rule-threads must be positive");
        }
    }

    public ServiceSettings(Path rulesDir, int maxEventsPerRequest, long maxBodyBytes, boolean watchRules,
                           Duration reloadDebounce, EvaluationLimits limits) {
        this(rulesDir, maxEventsPerRequest, maxBodyBytes, watchRules, reloadDebounce, limits, DEFAULT_RULE_THREADS);
    }

    /** Where the rules come from. */
    public RuleSource ruleSource() {
        return RuleSource.resolve(rulesDir);
    }
}
