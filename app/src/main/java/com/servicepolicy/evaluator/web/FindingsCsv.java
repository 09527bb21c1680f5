package com.servicepolicy.evaluator.web;

import com.servicepolicy.evaluator.export.SafeCsv;
import com.servicepolicy.evaluator.findings.FindingView;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/** The violations table as CSV, one row per violation with its status and owner, by the one CSV writer ({@link SafeCsv}). */
final class FindingsCsv {
    private static final List<String> HEADER = List.of("id", "code", "name", "policy", "severity", "subject", "customerId",
        "interactionId", "eventId", "agentId", "queue", "measured", "threshold", "unit", "message", "actions",
        "firstSeen", "lastSeen", "status", "assignee", "returnedOn");

    private FindingsCsv() {
    }

    static SafeCsv header(Writer out) throws IOException {
        return new SafeCsv(out, HEADER);
    }

    static void row(FindingView v, SafeCsv csv) {
        try {
            csv.row(v.id(), v.code(), v.name(), v.policy(), v.severity(), v.subject(), v.customerId(), v.interactionId(),
                v.eventId(), v.agentId(), v.queue(), v.measured(), v.threshold(), v.unit(), v.message(),
                SafeCsv.actions(v.actions().stream().map(FindingView.Action::code).toList()),
                v.firstSeen(), v.lastSeen(), v.status().name(), v.assignee(), v.returnedOn());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
