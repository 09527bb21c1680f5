package com.servicepolicy.evaluator.night;

import java.time.LocalDate;
import java.util.List;

/**
 * A stored violation: one per (code, subject), with the first and last nights that saw it, and the
 * service-level policy that gave its clock's target (null when it judged no clock).
 */
public record StoredViolation(String code, String subject, String name, String policy, String severity,
                              String customerId, String interactionId, String eventId, String agentId,
                              Double measured, Double threshold, String unit, String message, List<String> actions,
                              String rule, LocalDate firstSeen, LocalDate lastSeen, String serviceLevel) {
}
