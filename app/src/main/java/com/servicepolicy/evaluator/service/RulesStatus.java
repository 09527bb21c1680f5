package com.servicepolicy.evaluator.service;

import com.servicepolicy.evaluator.engine.RuleProblem;

import java.time.Instant;
import java.util.List;

/**
 * What the service is serving and how the last reload went: {@code problems} is empty when the
 * rules directory compiles; otherwise it lists why the newest files were not taken, and the
 * {@code servingVersion} is the last good rule set, still in use.
 */
public record RulesStatus(String rulesDir, String servingVersion, Instant servingSince,
                          Instant lastAttempt, List<RuleProblem> problems) {
    public RulesStatus {
        problems = List.copyOf(problems);
    }

    public boolean degraded() {
        return !problems.isEmpty();
    }
}
