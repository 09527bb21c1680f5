package com.servicepolicy.evaluator.report;

import com.servicepolicy.evaluator.night.StoredViolation;

import java.io.IOException;
import java.io.Writer;

/** The night's violations as RFC 4180 CSV (no protected attributes: violations never carry them). */
final class CsvExport {
    private static final String HEADER = "code,name,policy,severity,subject,customerId,interactionId,eventId,agentId,"
            + "measured,threshold,unit,message,actions,firstSeen,lastSeen";

    private CsvExport() {
    }

    static void header(Writer out) throws IOException {
        out.write(HEADER + "\r\n");
    }

    static void row(StoredViolation v, Writer out) throws IOException {
        String[] cells = {v.code(), v.name(), v.policy(), v.severity(), v.subject(), v.customerId(),
            v.interactionId(), v.eventId(), v.agentId(), v.measured() == null ? null : v.measured().toString(),
            v.threshold() == null ? null : v.threshold().toString(), v.unit(), v.message(),
            String.join(" ", v.actions()), v.firstSeen().toString(), v.lastSeen().toString()};
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
