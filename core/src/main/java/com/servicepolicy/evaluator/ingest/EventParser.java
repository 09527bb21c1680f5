package com.servicepolicy.evaluator.ingest;

import com.servicepolicy.evaluator.event.Event;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Turns one record of an event log into an {@link Event} or the complete list of its field errors,
 * following shared/spec/event-log.md. Shared by the file readers and the HTTP endpoint; stateless
 * and thread-safe.
 *
 * <p>Rules: {@code eventId}, {@code type}, {@code at}, {@code customerId} are required;
 * {@code interactionId} too except on {@code REVIEW_POSTED}; {@code dueAt} on
 * {@code CALLBACK_PROMISED}; {@code rating} on {@code REVIEW_POSTED}. Unknown {@code type},
 * {@code channel}, {@code priority} or {@code category} values (case-sensitive) are errors. Times
 * are ISO-8601 with an offset or {@code Z}; a time without offset is an error. {@code rating}, when
 * present on any type, must be an integer 1-5. An empty string or JSON {@code null} means absent;
 * unknown fields are ignored; names are case-sensitive. Values are not trimmed.
 *
 * <p>Decisions where the spec leaves room:
 * <ul>
 *   <li>{@code channel}, {@code agentId} and {@code reasonCode} are not required on any type: a
 *       {@code REFUSED} without {@code reasonCode} must reach the rules, where FAIR-001 judges it;
 *       an {@code OPENED} without channel is still a usable interaction.</li>
 *   <li>{@code priority} defaults to NORMAL and {@code category} to OTHER on {@code OPENED}
 *       (done by {@link Event.Builder}).</li>
 *   <li>JSON types are checked: every field is a JSON string except {@code rating}, a JSON
 *       number; {@code "rating": "5"} and {@code "eventId": 42} are errors. A key given twice in
 *       one object is an error.</li>
 *   <li>When the type is unknown, the type-dependent requirements are not checked.</li>
 * </ul>
 */
public final class EventParser {
    private EventParser() {
    }

    /** One record given as an already parsed JSON value (expected to be an object). */
    public static ParseResult parse(JsonNode record, long sequence) {
        return EventValidator.validate(JsonEventFields.fromNode(record), sequence);
    }

    /** One record as column name to cell text (e.g. a CSV row); empty or null cells are absent. */
    public static ParseResult parse(Map<String, String> row, long sequence) {
        RawEvent f = new RawEvent();
        for (EventField field : EventField.values()) {
            f.set(field, row.get(field.fieldName()));
        }
        return EventValidator.validate(f, sequence);
    }

    /** One JSON Lines line, already known to be valid UTF-8. */
    static ParseResult parseJsonLine(byte[] buf, int off, int len, long sequence) {
        return EventValidator.validate(JsonEventFields.fromLine(buf, off, len), sequence);
    }
}
