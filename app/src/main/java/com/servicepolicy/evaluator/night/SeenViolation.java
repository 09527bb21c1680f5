package com.servicepolicy.evaluator.night;

import com.servicepolicy.evaluator.policy.Violation;

/** A violation found by a night, with the agent related to it when known (see {@link ViolationStore}). */
public record SeenViolation(Violation violation, String agentId) {
}
