package com.servicepolicy.evaluator.service;

import com.servicepolicy.evaluator.engine.RuleSet;

import java.time.Instant;

/** A compiled rule set in service and since when it serves. Immutable. */
public record ActiveRules(RuleSet ruleSet, Instant since) {
    public String version() {
        return ruleSet.version();
    }
}
