package com.servicepolicy.evaluator.reference;

import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.event.EventType;
import com.servicepolicy.evaluator.event.Priority;
import com.servicepolicy.evaluator.event.Status;
import com.servicepolicy.evaluator.policy.PolicySettings;
import com.servicepolicy.evaluator.policy.Severity;

import java.util.Set;

/** RESP-001 to RESP-004, decisions 2 to 4; pauses, priority changes and internal notes as policy-catalog.md says. */
final class ResponsivenessReference {
    private final PolicySettings settings;
    private final long asOf;
    private final Findings findings;

    ResponsivenessReference(PolicySettings settings, long asOf, Findings findings) {
        this.settings = settings;
        this.asOf = asOf;
        this.findings = findings;
    }

    /**
     * Each clock is judged with the priority in effect at its stop (or asOf); the resolution clock leaves out
     * the time spent in PENDING and ON_HOLD (the catalog's default pauses); internal notes answer nobody.
     */
    void check(Timeline t) {
        if (!t.hasOpened()) {
            return;
        }
        long openedAt = t.opened.getAt();
        Event firstResponse = t.afterOpened().stream().filter(Timeline::isAgentResponse).findFirst().orElse(null);
        Priority firstPriority = t.priorityAt(firstResponse);
        long t1 = settings.responseTarget(firstPriority);
        long firstElapsed = (firstResponse != null ? firstResponse.getAt() : asOf) - openedAt;
        if (firstElapsed > t1) {
            findings.add("RESP-001", t.interactionId, firstPriority.atLeast(Priority.HIGH) ? Severity.MAJOR : Severity.MINOR);
        }
        if (firstResponse == null && firstElapsed >= settings.getAtRiskFraction() * t1 && firstElapsed <= t1) {
            findings.add("RESP-004", t.interactionId, Severity.INFO);
        }
        nextReplies(t);
        Event resolution = t.afterOpened().stream()
                .filter(e -> e.getType() == EventType.RESOLVED || e.getType() == EventType.REFUSED).findFirst().orElse(null);
        long end = resolution != null ? resolution.getAt() : asOf;
        long resolutionActive = end - openedAt - t.pausedBetween(openedAt, end, Set.of(Status.PENDING, Status.ON_HOLD));
        Priority resolutionPriority = t.priorityAt(resolution);
        if (resolutionActive > settings.resolutionTarget(resolutionPriority)) {
            findings.add("RESP-003", t.interactionId, resolutionPriority == Priority.URGENT ? Severity.MAJOR : Severity.MINOR);
        }
    }

    private void nextReplies(Timeline t) {
        boolean responded = false;
        Event clockStart = null;
        for (Event e : t.afterOpened()) {
            EventType type = e.getType();
            if (Timeline.isAgentResponse(e)) {
                if (clockStart != null) {
                    judgeNextReply(t, clockStart, e, e.getAt());
                }
                clockStart = null;
                responded = true;
            } else if (responded && clockStart == null && (type == EventType.CUSTOMER_MESSAGE || type == EventType.REOPENED)) {
                clockStart = e;
            }
        }
        if (clockStart != null) {
            judgeNextReply(t, clockStart, null, asOf);
        }
    }

    private void judgeNextReply(Timeline t, Event start, Event stop, long end) {
        Priority priority = t.priorityAt(stop);
        if (end - start.getAt() > settings.responseTarget(priority)) {
            findings.add("RESP-002", start.getEventId(), priority == Priority.URGENT ? Severity.MAJOR : Severity.MINOR);
        }
    }
}
