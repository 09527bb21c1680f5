package com.servicepolicy.evaluator.night;

import java.time.Instant;

/** One change a person made to a violation: who, when, what (the action), and the status and owner after it. */
public record AuditEntry(Instant at, String actor, String action, FindingStatus status, String assignee, String note) {
}
