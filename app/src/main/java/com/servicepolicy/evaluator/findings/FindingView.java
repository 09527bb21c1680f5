package com.servicepolicy.evaluator.findings;

import com.servicepolicy.evaluator.night.Finding;
import com.servicepolicy.evaluator.night.FindingStatus;
import com.servicepolicy.evaluator.night.StoredViolation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A stored violation as the API and the pages show it: its content, each recommended action with its description
 * (from the serving rule set's settings), and where people are with it.
 */
public record FindingView(long id, String code, String name, String policy, String severity, String subject,
                          String customerId, String interactionId, String eventId, String agentId, String queue,
                          Double measured, Double threshold, String unit, String message, List<Action> actions,
                          String rule, String serviceLevel, LocalDate firstSeen, LocalDate lastSeen,
                          FindingStatus status, String assignee, LocalDate closedThrough, LocalDate returnedOn) {

    /** A recommended action: its stable code and the sentence for people. */
    public record Action(String code, String description) {
    }

    public static FindingView of(Finding f, Map<String, String> descriptions) {
        StoredViolation v = f.violation();
        return new FindingView(f.id(), v.code(), v.name(), v.policy(), v.severity(), v.subject(), v.customerId(),
                v.interactionId(), v.eventId(), v.agentId(), f.queue(), v.measured(), v.threshold(), v.unit(),
                v.message(), v.actions().stream().map(a -> new Action(a, descriptions.getOrDefault(a, a))).toList(),
                v.rule(), v.serviceLevel(), v.firstSeen(), v.lastSeen(), f.status(), f.assignee(), f.closedThrough(),
                f.returnedOn());
    }
}
