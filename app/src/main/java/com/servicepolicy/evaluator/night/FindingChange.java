package com.servicepolicy.evaluator.night;

import java.time.Instant;

/**
 * A change to apply to a violation: the new status and owner, whether it closes (remember the last night seen) or
 * reopens (forget the closure and any return), and what goes into the audit trail.
 */
public record FindingChange(String action, FindingStatus status, String assignee, boolean closes, boolean reopens,
                            String note, String actor, Instant at) {
}
