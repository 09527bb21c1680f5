package com.servicepolicy.evaluator.service;

import com.servicepolicy.evaluator.engine.EvaluationResult;
import com.servicepolicy.evaluator.engine.RuleSet;

import java.util.UUID;

/** One answered request: its id (also in the decision log), the engine's result and the rule set it ran with. */
public record Evaluation(UUID id, EvaluationRequest request, EvaluationResult result, RuleSet ruleSet) {
}
