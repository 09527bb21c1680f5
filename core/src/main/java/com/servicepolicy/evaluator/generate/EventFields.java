package com.servicepolicy.evaluator.generate;

import com.servicepolicy.evaluator.event.Event;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * An event as the named text fields of event-log.md, in a fixed order, absent fields left out.
 * Times are written with the offset of the customer's region (most in {@code Z}, some in
 * {@code +01:00}, {@code -05:00} or {@code +05:30}) because readers must compare instants, not text.
 */
final class EventFields {
    record Field(String name, String value, boolean numeric) {
        Field withValue(String newValue) {
            return new Field(name, newValue, numeric);
        }
    }

    static final List<String> COLUMNS = List.of("eventId", "type", "at", "customerId", "interactionId", "channel",
            "priority", "category", "topic", "agentId", "reasonCode", "reasonText", "dueAt", "rating", "status", "internal",
            "queue");
    private static final ZoneOffset[] OFFSETS = {ZoneOffset.UTC, ZoneOffset.UTC, ZoneOffset.UTC, ZoneOffset.UTC,
            ZoneOffset.UTC, ZoneOffset.UTC, ZoneOffset.ofHours(1), ZoneOffset.ofHours(1), ZoneOffset.ofHours(-5),
            ZoneOffset.ofHoursMinutes(5, 30)};

    private EventFields() {
    }

    static List<Field> of(Event e) {
        ZoneOffset offset = OFFSETS[Math.floorMod(e.getCustomerId().hashCode(), OFFSETS.length)];
        List<Field> fields = new ArrayList<>(10);
        add(fields, "eventId", e.getEventId());
        add(fields, "type", e.getType().name());
        add(fields, "at", time(e.getAt(), offset));
        add(fields, "customerId", e.getCustomerId());
        add(fields, "interactionId", e.getInteractionId());
        add(fields, "channel", e.getChannel() == null ? null : e.getChannel().name());
        add(fields, "priority", e.getPriority() == null ? null : e.getPriority().name());
        add(fields, "category", e.getCategory() == null ? null : e.getCategory().name());
        add(fields, "topic", e.getTopic());
        add(fields, "agentId", e.getAgentId());
        add(fields, "reasonCode", e.getReasonCode());
        add(fields, "reasonText", e.getReasonText());
        add(fields, "dueAt", e.getDueAt() == null ? null : time(e.getDueAt(), offset));
        if (e.getRating() != null) {
            fields.add(new Field("rating", e.getRating().toString(), true));
        }
        add(fields, "status", e.getStatus() == null ? null : e.getStatus().name());
        if (e.isInternal()) {
            fields.add(new Field("internal", "true", true)); // a JSON boolean, written bare like a number
        }
        add(fields, "queue", e.getQueue());
        return fields;
    }

    /** The time without its offset, as some exports write it: the evaluator must reject it. */
    static String localTime(long at) {
        return Instant.ofEpochMilli(at).toString().replace("Z", "");
    }

    private static String time(long at, ZoneOffset offset) {
        if (offset == ZoneOffset.UTC) {
            return Instant.ofEpochMilli(at).toString();
        }
        return OffsetDateTime.ofInstant(Instant.ofEpochMilli(at), offset).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static void add(List<Field> fields, String name, String value) {
        if (value != null) {
            fields.add(new Field(name, value, false));
        }
    }
}
