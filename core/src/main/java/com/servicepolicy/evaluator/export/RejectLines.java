package com.servicepolicy.evaluator.export;

import com.servicepolicy.evaluator.ingest.Rejection;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code --rejects} format, one JSON object per line that was not evaluated ({@code kind} rejected or
 * duplicate) or input that could not be read ({@code kind} file-error): written by the command line and by
 * the Spark job alike, so that both give the same file.
 */
public final class RejectLines {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RejectLines() {
    }

    public static String rejected(Rejection r) {
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

    /** {@code reason} names the line it repeats, e.g. {@code duplicate of line 11}. */
    public static String duplicate(String source, long line, String eventId, String reason) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", "duplicate");
        out.put("source", source);
        out.put("line", line);
        out.put("eventId", eventId);
        out.put("reason", reason);
        return JSON.writeValueAsString(out);
    }

    public static String fileError(String source, String reason) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", "file-error");
        out.put("source", source);
        out.put("reason", reason);
        return JSON.writeValueAsString(out);
    }
}
