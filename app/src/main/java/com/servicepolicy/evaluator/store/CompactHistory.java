package com.servicepolicy.evaluator.store;

import com.servicepolicy.evaluator.event.Category;
import com.servicepolicy.evaluator.event.Channel;
import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.event.EventType;
import com.servicepolicy.evaluator.event.Priority;
import com.servicepolicy.evaluator.event.Status;
import com.servicepolicy.evaluator.night.PlacedEvent;

import java.util.ArrayList;
import java.util.List;

/**
 * The second form of a history row's bytes, well under half the first's size: a row is one customer's events of one
 * source, so the customer is written once, lines and times as varint differences from the event before, enums as
 * one byte, and the texts that repeat within a customer (interaction, topic, agent, reason code and text, queue) as
 * a reference to their first appearance in the row, which {@link CompactHistoryReader} shares as one {@code String}.
 * The first form (fixed-width numbers and the customer in every event: about 116 bytes an event, written
 * uncompressed by PostgreSQL below its 2 kB TOAST threshold) was most of what a large night wrote and read back. A
 * row in this form starts with {@link #FORMAT}, a byte the first form never starts with (its first 8 bytes are a
 * line number, below 2^56), so rows of both forms are read; rows are written in this one.
 */
final class CompactHistory {
    static final byte FORMAT = (byte) 0xC2;
    /**
     * Looked back over at most this many distinct texts of a field: a row's repeats are mostly close together, and
     * a longer look at every field of every event cost the writer more than the smaller row saved.
     */
    static final int LOOK_BACK = 8;
    static final EventType[] TYPES = EventType.values();
    static final Channel[] CHANNELS = Channel.values();
    static final Priority[] PRIORITIES = Priority.values();
    static final Category[] CATEGORIES = Category.values();
    static final Status[] STATUSES = Status.values();
    static final int INTERACTION = 0;
    static final int TOPIC = 1;
    static final int AGENT = 2;
    static final int REASON_CODE = 3;
    static final int REASON_TEXT = 4;
    static final int QUEUE = 5;
    static final int FIELDS = 6;
    static final int HAS_DUE = 1;
    static final int HAS_RATING = 2;
    static final int INTERNAL = 4;

    private CompactHistory() {
    }

    static boolean isCompact(byte[] bytes) {
        return bytes.length > 0 && bytes[0] == FORMAT;
    }

    /** Writes one row's events, of one customer, in the order added. Reusable: {@link #start} begins a row. */
    static final class Writer {
        private final VarBytes out = new VarBytes();
        @SuppressWarnings("unchecked")
        private final List<String>[] seen = new List[FIELDS];
        private long line;
        private long at;

        Writer() {
            for (int f = 0; f < FIELDS; f++) {
                seen[f] = new ArrayList<>();
            }
        }

        void start(String customerId) {
            out.reset();
            out.writeByte(FORMAT);
            out.writeText(customerId);
            for (List<String> texts : seen) {
                texts.clear();
            }
            line = 0;
            at = 0;
        }

        void add(PlacedEvent p) {
            Event e = p.event();
            out.writeSignedVar(p.line() - line);
            line = p.line();
            out.writeText(e.getEventId());
            out.writeByte(e.getType().ordinal());
            out.writeSignedVar(e.getAt() - at);
            at = e.getAt();
            text(INTERACTION, e.getInteractionId());
            out.writeByte(code(e.getChannel()));
            out.writeByte(code(e.getPriority()));
            out.writeByte(code(e.getCategory()));
            out.writeByte(code(e.getStatus()));
            text(TOPIC, e.getTopic());
            text(AGENT, e.getAgentId());
            text(REASON_CODE, e.getReasonCode());
            text(REASON_TEXT, e.getReasonText());
            text(QUEUE, e.getQueue());
            int flags = (e.getDueAt() != null ? HAS_DUE : 0) | (e.getRating() != null ? HAS_RATING : 0)
                    | (e.isInternal() ? INTERNAL : 0);
            out.writeByte(flags);
            if (e.getDueAt() != null) {
                out.writeSignedVar(e.getDueAt() - e.getAt());
            }
            if (e.getRating() != null) {
                out.writeSignedVar(e.getRating());
            }
        }

        int size() {
            return out.size();
        }

        byte[] toByteArray() {
            return out.toByteArray();
        }

        /** 0 for null, 2k+2 for the k-th text seen in this field of the row, 2n+1 then the bytes for a new one. */
        private void text(int field, String s) {
            if (s == null) {
                out.writeVar(0);
                return;
            }
            List<String> texts = seen[field];
            for (int k = texts.size() - 1; k >= Math.max(0, texts.size() - LOOK_BACK); k--) {
                if (texts.get(k).equals(s)) {
                    out.writeVar(2L * k + 2);
                    return;
                }
            }
            texts.add(s);
            out.writeText(s, 1, 1);
        }

        private static int code(Enum<?> value) {
            return value == null ? 0 : value.ordinal() + 1;
        }
    }

    /** Writes one row's event ids with their lines: what the night's id registry loads. */
    static byte[] ids(List<PlacedEvent> group) {
        VarBytes out = new VarBytes();
        out.writeByte(FORMAT);
        long line = 0;
        for (PlacedEvent p : group) {
            out.writeSignedVar(p.line() - line);
            line = p.line();
            out.writeText(p.event().getEventId());
        }
        return out.toByteArray();
    }
}
