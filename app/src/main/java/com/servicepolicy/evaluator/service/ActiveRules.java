package com.servicepolicy.evaluator.service;

import com.servicepolicy.evaluator.engine.Evaluator;
import com.servicepolicy.evaluator.engine.RuleSet;

import java.time.Instant;

/** A compiled rule set in service, its evaluator, and since when it serves. Immutable. */
public record ActiveRules(RuleSet ruleSet, Evaluator evaluator, Instant since) {
    public String version() {
        return ruleSet.version();
    }
}
