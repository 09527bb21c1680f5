package com.servicepolicy.evaluator.service;

import com.servicepolicy.evaluator.engine.EvaluationResult;
import com.servicepolicy.evaluator.policy.PolicySettings;

import java.util.UUID;

/** One answered request: its id (also in the decision log), the engine's result and the settings it ran with. */
public record Evaluation(UUID id, EvaluationRequest request, EvaluationResult result, PolicySettings settings) {
}
