package com.servicepolicy.evaluator.report;

import com.servicepolicy.evaluator.export.SafeCsv;
import com.servicepolicy.evaluator.night.StoredViolation;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** The night's violations as CSV, written by the command line's writer too (no protected attributes: violations never carry them). */
final class CsvExport {
    private static final List<String> HEADER = List.of("code", "name", "policy", "severity", "subject", "customerId",
            "interactionId", "eventId", "agentId", "measured", "threshold", "unit", "message", "actions", "firstSeen", "lastSeen");

    private CsvExport() {
    }

    static SafeCsv header(Writer out) throws IOException {
        return new SafeCsv(out, HEADER);
    }

    static void row(StoredViolation v, SafeCsv csv) throws IOException {
        csv.row(v.code(), v.name(), v.policy(), v.severity(), v.subject(), v.customerId(), v.interactionId(), v.eventId(),
                v.agentId(), v.measured(), v.threshold(), v.unit(), v.message(), SafeCsv.actions(v.actions()),
                v.firstSeen(), v.lastSeen());
    }
}
