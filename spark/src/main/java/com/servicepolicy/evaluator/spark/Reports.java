package com.servicepolicy.evaluator.spark;

import com.servicepolicy.evaluator.ingest.Rejection;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The report lines of records that are not evaluated, as JSON Lines in the command line's
 * {@code --rejects} format ({@code kind} rejected or duplicate), and of inputs that could not be read
 * ({@code kind} file-error, which the command line gives as its one error line).
 */
final class Reports {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Reports() {
    }

    static String rejected(Rejection r) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("kind", "rejected");
        line.put("source", r.source());
        line.put("line", r.line());
        line.put("eventId", r.eventId());
        line.put("field", r.field());
        line.put("reason", r.reason());
        line.put("errors", r.errors());
        return JSON.writeValueAsString(line);
    }

    static String duplicate(String source, long line, String eventId, String firstSource, long firstLine) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", "duplicate");
        out.put("source", source);
        out.put("line", line);
        out.put("eventId", eventId);
        out.put("reason", firstSource.equals(source) ? "duplicate of line " + firstLine
                : "duplicate of " + firstSource + ":" + firstLine);
        return JSON.writeValueAsString(out);
    }

    static String fileError(String source, String reason) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", "file-error");
        out.put("source", source);
        out.put("reason", reason);
        return JSON.writeValueAsString(out);
    }
}
