package com.servicepolicy.evaluator.web;

import com.servicepolicy.evaluator.findings.FindingView;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.stream.Collectors;

/** The violations table as RFC 4180 CSV, one row per violation with its status and owner. */
final class FindingsCsv {
    private static final String[] HEADER = {"id", "code", "name", "policy", "severity", "subject", "customerId",
        "interactionId", "eventId", "agentId", "queue", "measured", "threshold", "unit", "message", "actions",
        "firstSeen", "lastSeen", "status", "assignee", "returnedOn"};

    private FindingsCsv() {
    }

    static void header(Writer out) throws IOException {
        write(out, HEADER);
    }

    static void row(FindingView v, Writer out) {
        try {
            write(out, new String[] {String.valueOf(v.id()), v.code(), v.name(), v.policy(), v.severity(), v.subject(),
                v.customerId(), v.interactionId(), v.eventId(), v.agentId(), v.queue(), str(v.measured()),
                str(v.threshold()), v.unit(), v.message(),
                v.actions().stream().map(FindingView.Action::code).collect(Collectors.joining(" ")),
                str(v.firstSeen()), str(v.lastSeen()), v.status().name(), v.assignee(), str(v.returnedOn())});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static void write(Writer out, String[] cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells[i]));
        }
        out.write("\r\n");
    }

    private static String cell(String s) {
        if (s == null) {
            return "";
        }
        // a leading = + - @ would make spreadsheets run the cell as a formula
        String safe = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
