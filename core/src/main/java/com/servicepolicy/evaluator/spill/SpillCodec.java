package com.servicepolicy.evaluator.spill;

import com.servicepolicy.evaluator.event.Category;
import com.servicepolicy.evaluator.event.Channel;
import com.servicepolicy.evaluator.event.Customer;
import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.event.EventType;
import com.servicepolicy.evaluator.event.Priority;
import com.servicepolicy.evaluator.event.Status;
import com.servicepolicy.evaluator.policy.RecommendedAction;
import com.servicepolicy.evaluator.policy.Severity;
import com.servicepolicy.evaluator.policy.Violation;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The binary form of events, customers and violations in a run's own temporary files: every field,
 * nothing else, read back exactly as written by the same process (no versioning: the files never outlive
 * the run).
 */
final class SpillCodec {
    // values() clones its array on every call: read once, not per event (the batch decodes every stored history)
    private static final EventType[] TYPES = EventType.values();
    private static final Channel[] CHANNELS = Channel.values();
    private static final Priority[] PRIORITIES = Priority.values();
    private static final Category[] CATEGORIES = Category.values();
    private static final Status[] STATUSES = Status.values();
    private static final Severity[] SEVERITIES = Severity.values();

    private SpillCodec() {
    }

    static void writeEvent(DataOutput out, Event e) throws IOException {
        writeString(out, e.getEventId());
        writeEnum(out, e.getType());
        out.writeLong(e.getAt());
        writeString(out, e.getCustomerId());
        writeString(out, e.getInteractionId());
        writeEnum(out, e.getChannel());
        writeEnum(out, e.getPriority());
        writeEnum(out, e.getCategory());
        writeString(out, e.getTopic());
        writeString(out, e.getAgentId());
        writeString(out, e.getReasonCode());
        writeString(out, e.getReasonText());
        out.writeBoolean(e.getDueAt() != null);
        if (e.getDueAt() != null) {
            out.writeLong(e.getDueAt());
        }
        out.writeBoolean(e.getRating() != null);
        if (e.getRating() != null) {
            out.writeInt(e.getRating());
        }
        writeEnum(out, e.getStatus());
        out.writeBoolean(e.isInternal());
        writeString(out, e.getQueue());
        out.writeLong(e.getSequence());
    }

    static Event readEvent(DataInput in) throws IOException {
        return readEventBuilder(in).build();
    }

    static Event.Builder readEventBuilder(DataInput in) throws IOException {
        Event.Builder b = Event.builder()
                .eventId(readString(in))
                .type(readEnum(in, TYPES))
                .atMillis(in.readLong())
                .customerId(readString(in))
                .interactionId(readString(in))
                .channel(readEnum(in, CHANNELS))
                .priority(readEnum(in, PRIORITIES))
                .category(readEnum(in, CATEGORIES))
                .topic(readString(in))
                .agentId(readString(in))
                .reasonCode(readString(in))
                .reasonText(readString(in));
        if (in.readBoolean()) {
            b.dueAt(Instant.ofEpochMilli(in.readLong()));
        }
        if (in.readBoolean()) {
            b.rating(in.readInt());
        }
        return b.status(readEnum(in, STATUSES))
                .internal(in.readBoolean())
                .queue(readString(in))
                .sequence(in.readLong());
    }

    /**
     * Reads one event written by {@link #writeEvent} but decodes only its type, time, interaction and due time,
     * skipping the other fields' bytes: what deciding which customers a night evaluates needs.
     */
    static EventBytes.Outline readOutline(DataInput in) throws IOException {
        skipString(in); // eventId
        EventType type = readEnum(in, TYPES);
        long at = in.readLong();
        skipString(in); // customerId
        String interactionId = readString(in);
        skip(in, 3); // channel, priority, category
        for (int i = 0; i < 4; i++) {
            skipString(in); // topic, agentId, reasonCode, reasonText
        }
        Long dueAt = in.readBoolean() ? in.readLong() : null;
        if (in.readBoolean()) {
            skip(in, Integer.BYTES); // rating
        }
        skip(in, 2); // status, internal
        skipString(in); // queue
        skip(in, Long.BYTES); // sequence
        return new EventBytes.Outline(type, at, interactionId, dueAt);
    }

    static void writeCustomer(DataOutput out, Customer c) throws IOException {
        writeString(out, c.customerId());
        out.writeInt(c.attributes().size());
        for (Map.Entry<String, String> a : c.attributes().entrySet()) {
            writeString(out, a.getKey());
            writeString(out, a.getValue());
        }
    }

    static Customer readCustomer(DataInput in) throws IOException {
        String id = readString(in);
        int n = in.readInt();
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            attributes.put(readString(in), readString(in));
        }
        return new Customer(id, attributes);
    }

    static void writeViolation(DataOutput out, Violation v) throws IOException {
        writeString(out, v.code());
        writeString(out, v.name());
        writeString(out, v.policy());
        writeEnum(out, v.severity());
        writeString(out, v.subject());
        writeString(out, v.customerId());
        writeString(out, v.interactionId());
        writeString(out, v.eventId());
        writeDouble(out, v.measured());
        writeDouble(out, v.threshold());
        writeString(out, v.unit());
        writeString(out, v.message());
        out.writeInt(v.actions().size());
        for (RecommendedAction a : v.actions()) {
            writeString(out, a.code());
            writeString(out, a.description());
        }
        writeString(out, v.rule());
        writeString(out, v.serviceLevel());
    }

    static Violation readViolation(DataInput in) throws IOException {
        String code = readString(in);
        String name = readString(in);
        String policy = readString(in);
        Severity severity = readEnum(in, SEVERITIES);
        String subject = readString(in);
        String customerId = readString(in);
        String interactionId = readString(in);
        String eventId = readString(in);
        Double measured = readDouble(in);
        Double threshold = readDouble(in);
        String unit = readString(in);
        String message = readString(in);
        int n = in.readInt();
        List<RecommendedAction> actions = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            actions.add(new RecommendedAction(readString(in), readString(in)));
        }
        return new Violation(code, name, policy, severity, subject, customerId, interactionId, eventId,
                measured, threshold, unit, message, actions, readString(in), readString(in));
    }

    private static void writeDouble(DataOutput out, Double d) throws IOException {
        out.writeBoolean(d != null);
        if (d != null) {
            out.writeDouble(d);
        }
    }

    private static Double readDouble(DataInput in) throws IOException {
        return in.readBoolean() ? in.readDouble() : null;
    }

    private static void writeEnum(DataOutput out, Enum<?> e) throws IOException {
        out.writeByte(e == null ? -1 : e.ordinal());
    }

    private static <E extends Enum<E>> E readEnum(DataInput in, E[] values) throws IOException {
        int ordinal = in.readByte();
        return ordinal < 0 ? null : values[ordinal];
    }

    /** Exact for any string: Latin-1 bytes when every char fits in one (the usual case), else UTF-16. */
    private static void writeString(DataOutput out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
        } else if (isLatin1(s)) {
            out.writeInt(s.length());
            if (out instanceof ByteArrayDataOutput) {
                out.writeBytes(s); // the same bytes, copied in one call (a stream's writeBytes goes char by char)
            } else {
                out.write(s.getBytes(StandardCharsets.ISO_8859_1));
            }
        } else {
            out.writeInt(-2 - s.length());
            out.writeChars(s);
        }
    }

    private static void skipString(DataInput in) throws IOException {
        int n = in.readInt();
        skip(in, n >= 0 ? n : n == -1 ? 0 : 2 * (-2 - n));
    }

    private static void skip(DataInput in, int bytes) throws IOException {
        if (in.skipBytes(bytes) != bytes) {
            throw new java.io.EOFException("an event cut short");
        }
    }

    private static String readString(DataInput in) throws IOException {
        int n = in.readInt();
        if (n == -1) {
            return null;
        }
        if (n >= 0) {
            byte[] bytes = new byte[n];
            in.readFully(bytes);
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
        char[] chars = new char[-2 - n];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = in.readChar();
        }
        return new String(chars);
    }

    private static boolean isLatin1(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (s.charAt(i) > 0xFF) {
                return false;
            }
        }
        return true;
    }
}
