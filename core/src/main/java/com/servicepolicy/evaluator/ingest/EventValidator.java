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
    // shared arrays: values() and getEnumConstants() copy theirs on every call, once per event and field
    private static final EventField[] FIELDS = EventField.values();
    private static final EventType[] TYPES = EventType.values();
    private static final Channel[] CHANNELS = Channel.values();
    private static final Priority[] PRIORITIES = Priority.values();
    private static final Status[] STATUSES = Status.values();
    private static final Category[] CATEGORIES = Category.values();

    private EventValidator() {
    }

    static ParseResult validate(RawEvent f, long sequence) {
        if (f.isUnusable()) {
            return ParseResult.invalid(f.written(EVENT_ID), f.errorList());
        }
        withinLimits(f);
        String eventId = required(f, EVENT_ID, "missing");
        EventType type = enumValue(f, TYPE, TYPES);
        if (type == null) {
            required(f, TYPE, "missing");
        }
        long at = time(f, AT);
        if (at == RawEvent.NO_TIME) {
            required(f, AT, "missing");
        }
        String customerId = required(f, CUSTOMER_ID, "missing");
        String interactionId = f.written(INTERACTION_ID);
        if (type != null && type.requiresInteraction()) {
            required(f, INTERACTION_ID, "required except on REVIEW_POSTED");
        }
        Channel channel = enumValue(f, CHANNEL, CHANNELS);
        Priority priority = enumValue(f, PRIORITY, PRIORITIES);
        if (type == EventType.PRIORITY_CHANGED) {
            required(f, PRIORITY, "required on PRIORITY_CHANGED");
        }
        Status status = enumValue(f, STATUS, STATUSES);
        if (type == EventType.STATUS_CHANGED) {
            required(f, STATUS, "required on STATUS_CHANGED");
        }
        boolean internal = internal(f);
        Category category = enumValue(f, CATEGORY, CATEGORIES);
        long dueAt = time(f, DUE_AT);
        if (type == EventType.CALLBACK_PROMISED && dueAt == RawEvent.NO_TIME) { // a time set as an instant has no text
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
                .dueAt(dueAt == RawEvent.NO_TIME ? null : Instant.ofEpochMilli(dueAt)).rating(rating)
                .status(status).internal(internal).queue(f.written(QUEUE)).sequence(sequence)
                .build());
    }

    /**
     * Every text within the contract's limits, else an error naming the field (and the value dropped). A text given as
     * clean ({@link RawEvent#setClean}) needs its length checked only: no longer in chars than the limit, it is within.
     */
    private static void withinLimits(RawEvent f) {
        for (EventField field : FIELDS) {
            String v = f.written(field);
            if (v != null && (!f.isClean(field) || field.maxChars() > 0 && v.length() > field.maxChars())) {
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

    /**
     * The constant named {@code v} ({@link Enum#valueOf}'s answer): a look along a dozen names, mostly the same string
     * or one whose length differs, costs less than hashing each event's new string for {@code valueOf}'s map.
     */
    private static <E extends Enum<E>> E enumValue(RawEvent f, EventField field, E[] constants) {
        String v = f.written(field);
        if (v == null) {
            return null;
        }
        for (E c : constants) {
            String name = c.name();
            if (name == v || name.equals(v)) {
                return c;
            }
        }
        f.error(field, "unknown value '" + Texts.abbreviate(v) + "' (expected one of "
                + Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", ")) + ")");
        return null;
    }

    /** Epoch milliseconds, or {@link RawEvent#NO_TIME} when absent or broken (then with an error): never boxed. */
    private static long time(RawEvent f, EventField field) {
        String v = f.written(field);
        if (v == null) {
            return f.timeMillis(field); // an instant already read, in range, or NO_TIME
        }
        long millis;
        try {
            millis = Times.epochMillis(v);
        } catch (IllegalArgumentException e) {
            f.error(field, e.getMessage());
            return RawEvent.NO_TIME;
        }
        if (!Times.inContractRange(millis)) {
            f.error(field, Times.OUT_OF_RANGE + ", got '" + Texts.abbreviate(v) + "'");
            return RawEvent.NO_TIME;
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
