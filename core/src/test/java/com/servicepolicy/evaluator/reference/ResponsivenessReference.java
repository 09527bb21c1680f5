package com.servicepolicy.evaluator.reference;

import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.event.EventType;
import com.servicepolicy.evaluator.event.Priority;
import com.servicepolicy.evaluator.policy.PolicySettings;
import com.servicepolicy.evaluator.policy.Severity;

/** RESP-001 to RESP-004, decisions 2 to 4. */
final class ResponsivenessReference {
    private final PolicySettings settings;
    private final long asOf;
    private final Findings findings;

    ResponsivenessReference(PolicySettings settings, long asOf, Findings findings) {
        this.settings = settings;
        this.asOf = asOf;
        this.findings = findings;
    }

    void check(Timeline t) {
        if (!t.hasOpened()) {
            return;
        }
        Priority priority = t.opened.getPriority();
        long openedAt = t.opened.getAt();
        long t1 = settings.responseTarget(priority);
        Event firstResponse = t.afterOpened().stream().filter(e -> e.getType().isAgentResponse()).findFirst().orElse(null);
        long firstElapsed = (firstResponse != null ? firstResponse.getAt() : asOf) - openedAt;
        if (firstElapsed > t1) {
            findings.add("RESP-001", t.interactionId, priority.atLeast(Priority.HIGH) ? Severity.MAJOR : Severity.MINOR);
        }
        if (firstResponse == null && firstElapsed >= settings.getAtRiskFraction() * t1 && firstElapsed <= t1) {
            findings.add("RESP-004", t.interactionId, Severity.INFO);
        }
        nextReplies(t, priority, t1);
        Event resolution = t.afterOpened().stream()
                .filter(e -> e.getType() == EventType.RESOLVED || e.getType() == EventType.REFUSED).findFirst().orElse(null);
        long resolutionElapsed = (resolution != null ? resolution.getAt() : asOf) - openedAt;
        if (resolutionElapsed > settings.resolutionTarget(priority)) {
            findings.add("RESP-003", t.interactionId, priority == Priority.URGENT ? Severity.MAJOR : Severity.MINOR);
        }
    }

    private void nextReplies(Timeline t, Priority priority, long t1) {
        Severity severity = priority == Priority.URGENT ? Severity.MAJOR : Severity.MINOR;
        boolean responded = false;
        Event clockStart = null;
        for (Event e : t.afterOpened()) {
            EventType type = e.getType();
            if (type.isAgentResponse()) {
                if (clockStart != null && e.getAt() - clockStart.getAt() > t1) {
                    findings.add("RESP-002", clockStart.getEventId(), severity);
                }
                clockStart = null;
                responded = true;
            } else if (responded && clockStart == null && (type == EventType.CUSTOMER_MESSAGE || type == EventType.REOPENED)) {
                clockStart = e;
            }
        }
        if (clockStart != null && asOf - clockStart.getAt() > t1) {
            findings.add("RESP-002", clockStart.getEventId(), severity);
        }
    }
}
