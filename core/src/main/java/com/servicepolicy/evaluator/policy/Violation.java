package com.servicepolicy.evaluator.policy;

import java.util.List;

/**
 * A broken service policy, with the fields the policy catalog promises. {@code measured},
 * {@code threshold} and {@code unit} are null where no quantity was compared; {@code rule} is the
 * name of the DRL rule that reported it; {@code serviceLevel} the service-level policy that gave the target
 * of the clock it judged ({@code default}: the settings' own table), null when it judged no clock.
 */
public record Violation(
        String code,
        String name,
        String policy,
        Severity severity,
        String subject,
        String customerId,
        String interactionId,
        String eventId,
        Double measured,
        Double threshold,
        String unit,
        String message,
        List<RecommendedAction> actions,
        String rule,
        String serviceLevel) {

    public Violation {
        actions = List.copyOf(actions);
    }
}
