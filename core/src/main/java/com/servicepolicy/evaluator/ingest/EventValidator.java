package com.servicepolicy.evaluator.ingest;

import static com.servicepolicy.evaluator.ingest.EventField.*;

import com.servicepolicy.evaluator.event.Category;
import com.servicepolicy.evaluator.event.Channel;
import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.event.EventType;
import com.servicepolicy.evaluator.event.Priority;
import com.servicepolicy.evaluator.event.Status;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Applies the contract's rules to the raw fields of one record (see {@link EventParser} for the
 * rules and the decisions taken where the spec leaves room). Collects every error of the record.
 */
final class EventValidator {
    private EventValidator() {
    }

    static ParseResult validate(RawEvent f, long sequence) {
        if (f.isUnusable()) {
            return ParseResult.invalid(f.written(EVENT_ID), f.errorList());
        }
        withinLimits(f);
        String eventId = required(f, EVENT_ID, "missing");
        EventType type = enumValue(f, TYPE, EventType.class);
        if (type == null) {
            required(f, TYPE, "missing");
        }
        Long at = time(f, AT);
        if (at == null) {
            required(f, AT, "missing");
        }
        String customerId = required(f, CUSTOMER_ID, "missing");
        String interactionId = f.written(INTERACTION_ID);
        if (type != null && type.requiresInteraction()) {
            required(f, INTERACTION_ID, "required except on REVIEW_POSTED");
        }
        Channel channel = enumValue(f, CHANNEL, Channel.class);
        Priority priority = enumValue(f, PRIORITY, Priority.class);
        if (type == EventType.PRIORITY_CHANGED) {
            required(f, PRIORITY, "required on PRIORITY_CHANGED");
        }
        Status status = enumValue(f, STATUS, Status.class);
        if (type == EventType.STATUS_CHANGED) {
            required(f, STATUS, "required on STATUS_CHANGED");
        }
        boolean internal = internal(f);
        Category category = enumValue(f, CATEGORY, Category.class);
        Long dueAt = time(f, DUE_AT);
        if (type == EventType.CALLBACK_PROMISED && dueAt == null) { // a time set as an instant has no text
            required(f, DUE_AT, "required on CALLBACK_PROMISED");
        }
        Integer rating = rating(f);
        if (type == EventType.REVIEW_POSTED) {
            required(f, RATING, "required on REVIEW_POSTED");
        }
        if (f.hasErrors()) {
            return ParseResult.invalid(eventId, f.errorList());
        }
        return ParseResult.valid(Event.builder()
                .eventId(eventId).type(type).atMillis(at).customerId(customerId)
                .interactionId(interactionId).channel(channel).priority(priority).category(category)
                .topic(f.written(TOPIC)).agentId(f.written(AGENT_ID))
                .reasonCode(f.written(REASON_CODE)).reasonText(f.written(REASON_TEXT))
                .dueAt(dueAt == null ? null : Instant.ofEpochMilli(dueAt)).rating(rating)
                .status(status).internal(internal).queue(f.written(QUEUE)).sequence(sequence)
                .build());
    }

    /** Every text within the contract's limits, else an error naming the field (and the value dropped). */
    private static void withinLimits(RawEvent f) {
        for (EventField field : EventField.values()) {
            String v = f.written(field);
            if (v != null) {
                String problem = TextLimits.problem(v, field.maxChars());
                if (problem != null) {
                    f.error(field, problem);
                }
            }
        }
    }

    /** The value, or {@code null} plus an error when absent (unless the field already has one). */
    private static String required(RawEvent f, EventField field, String reason) {
        String v = f.written(field);
        if (v == null && !f.hasError(field)) {
            f.error(field, reason);
        }
        return v;
    }

    private static <E extends Enum<E>> E enumValue(RawEvent f, EventField field, Class<E> type) {
        String v = f.written(field);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            f.error(field, "unknown value '" + Texts.abbreviate(v) + "' (expected one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))
                    + ")");
            return null;
        }
    }

    private static Long time(RawEvent f, EventField field) {
        String v = f.written(field);
        if (v == null) {
            long given = f.timeMillis(field); // an instant already read, in range
            return given == RawEvent.NO_TIME ? null : given;
        }
        long millis;
        try {
            millis = Times.epochMillis(v);
        } catch (IllegalArgumentException e) {
            f.error(field, e.getMessage());
            return null;
        }
        if (!Times.inContractRange(millis)) {
            f.error(field, Times.OUT_OF_RANGE + ", got '" + Texts.abbreviate(v) + "'");
            return null;
        }
        return millis;
    }

    /** {@code true} or {@code false} as written (a JSON boolean, or those words in a CSV cell); absent is false. */
    private static boolean internal(RawEvent f) {
        String v = f.written(INTERNAL);
        if (v == null || v.equals("false")) {
            return false;
        }
        if (v.equals("true")) {
            return true;
        }
        f.error(INTERNAL, "must be true or false, got '" + Texts.abbreviate(v) + "'");
        return false;
    }

    /** Text form for both formats: JSON numbers arrive as their literal, so 4.5 or 1e0 fail here. */
    private static Integer rating(RawEvent f) {
        String v = f.written(RATING);
        if (v == null) {
            return null;
        }
        if (v.length() == 1 && v.charAt(0) >= '1' && v.charAt(0) <= '5') {
            return v.charAt(0) - '0';
        }
        f.error(RATING, "must be an integer from 1 to 5, got '" + Texts.abbreviate(v) + "'");
        return null;
    }
}
