package com.servicepolicy.evaluator.night;

import com.servicepolicy.evaluator.policy.Violation;

/**
 * A violation found by a night, with the agent related to it and the queue of its interaction when known (see
 * {@link ViolationStore}).
 */
public record SeenViolation(Violation violation, String agentId, String queue) {
    public SeenViolation(Violation violation, String agentId) {
        this(violation, agentId, null);
    }
}
