package com.servicepolicy.evaluator.service;

import com.servicepolicy.evaluator.engine.EvaluationLimits;
import com.servicepolicy.evaluator.engine.RuleSource;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How the service runs: where its rules are (a directory, or null for {@code ./rules} when it exists and
 * else the catalog built into the jar), how large a request may be, whether the rules directory is
 * watched, and the bounds of each evaluation.
 */
public record ServiceSettings(Path rulesDir, int maxEventsPerRequest, long maxBodyBytes, boolean watchRules,
                              Duration reloadDebounce, EvaluationLimits limits) {
    public ServiceSettings {
        if (maxEventsPerRequest < 1 || maxBodyBytes < 1) {
            throw new IllegalArgumentException("evaluator.max-events-per-request and evaluator.max-body-size must be positive");
        }
    }

    /** Where the rules come from. */
    public RuleSource ruleSource() {
        return RuleSource.resolve(rulesDir);
    }
}
