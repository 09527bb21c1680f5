package com.servicepolicy.evaluator.store;

import com.servicepolicy.evaluator.event.Category;
import com.servicepolicy.evaluator.event.Channel;
import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.event.EventType;
import com.servicepolicy.evaluator.event.Priority;
import com.servicepolicy.evaluator.event.Status;
import com.servicepolicy.evaluator.night.PlacedEvent;
import com.servicepolicy.evaluator.spill.EventBytes;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The second form of a history row's bytes, a third of the first's size: a row is one customer's events of one
 * source, so the customer is written once, lines and times as varint differences from the event before, enums as
 * one byte, and the texts that repeat within a customer (interaction, topic, agent, reason code, queue) as a
 * reference to their first appearance in the row, which the reader shares as one {@code String}. The first form
 * (fixed-width numbers and the customer in every event: 116 bytes an event, written uncompressed by PostgreSQL below
 * its 2 kB TOAST threshold) was most of what a large night wrote and read back. A row in this form starts with
 * {@link #FORMAT}, a byte the first form never starts with (its first 8 bytes are a line number, below 2^56), so
 * rows of both forms are read; rows are written in this one.
 */
final class CompactHistory {
    static final byte FORMAT = (byte) 0xC2;
    /**
     * Looked back over at most this many distinct texts of a field: a row's repeats are mostly close together, and
     * a longer look at every field of every event cost the writer more than the smaller row saved.
     */
    static final int LOOK_BACK = 8;
    private static final EventType[] TYPES = EventType.values();
    private static final Channel[] CHANNELS = Channel.values();
    private static final Priority[] PRIORITIES = Priority.values();
    private static final Category[] CATEGORIES = Category.values();
    private static final Status[] STATUSES = Status.values();
    private static final int INTERACTION = 0;
    private static final int TOPIC = 1;
    private static final int AGENT = 2;
    private static final int REASON_CODE = 3;
    private static final int REASON_TEXT = 4;
    private static final int QUEUE = 5;
    private static final int FIELDS = 6;
    private static final int HAS_DUE = 1;
    private static final int HAS_RATING = 2;
    private static final int INTERNAL = 4;

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
            if (VarBytes.isAscii(s)) {
                out.writeVar(2L * s.length() + 1);
                out.writeAsciiBytes(s);
            } else {
                byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
                out.writeVar(2L * utf8.length + 1);
                out.writeBytes(utf8);
            }
        }

        private static int code(Enum<?> value) {
            return value == null ? 0 : value.ordinal() + 1;
        }
    }

    /** What a row's events are read into, one at a time, with the line each was read from. */
    interface Lines {
        void accept(Event.Builder event, long line);
    }

    /** Reads a row written by {@link Writer}: each event as a builder (its sequence its line), in row order. */
    static void read(byte[] row, Lines action) {
        Reader r = new Reader(row, true);
        while (r.more()) {
            r.next();
            Event.Builder b = Event.builder().eventId(r.eventId).type(r.type).atMillis(r.at)
                    .customerId(r.customerId).interactionId(r.interaction)
                    .channel(r.channel).priority(r.priority).category(r.category).status(r.status)
                    .topic(r.texts[TOPIC]).agentId(r.texts[AGENT]).reasonCode(r.texts[REASON_CODE])
                    .reasonText(r.texts[REASON_TEXT]).queue(r.texts[QUEUE]).internal(r.internal)
                    .rating(r.rating).sequence(r.line);
            if (r.dueAt != null) {
                b.dueAt(Instant.ofEpochMilli(r.dueAt));
            }
            action.accept(b, r.line);
        }
    }

    /** The outlines of a row written by {@link Writer}: only the interactions' texts are made into strings. */
    static List<EventBytes.Outline> readOutlines(byte[] row) {
        List<EventBytes.Outline> outlines = new ArrayList<>();
        Reader r = new Reader(row, false);
        while (r.more()) {
            r.next();
            outlines.add(new EventBytes.Outline(r.type, r.at, r.interaction, r.dueAt));
        }
        return outlines;
    }

    /** Walks a row's events; in full, or (outlines) making strings of the event ids and interactions alone. */
    private static final class Reader {
        private final VarBytes.Cursor in;
        private final boolean full;
        private final List<List<String>> seen = new ArrayList<>(FIELDS);
        final String customerId;
        final String[] texts = new String[FIELDS];
        long line;
        long at;
        String eventId;
        EventType type;
        String interaction;
        Channel channel;
        Priority priority;
        Category category;
        Status status;
        Long dueAt;
        Integer rating;
        boolean internal;

        Reader(byte[] row, boolean full) {
            this.in = new VarBytes.Cursor(row, 1);
            this.full = full;
            for (int f = 0; f < FIELDS; f++) {
                seen.add(new ArrayList<>());
            }
            customerId = in.readText();
        }

        boolean more() {
            return in.more();
        }

        void next() {
            line += in.readSignedVar();
            if (full) {
                eventId = in.readText();
            } else {
                in.skipText();
            }
            type = TYPES[in.readByte()];
            at += in.readSignedVar();
            interaction = text(INTERACTION, true);
            channel = decode(CHANNELS, in.readByte());
            priority = decode(PRIORITIES, in.readByte());
            category = decode(CATEGORIES, in.readByte());
            status = decode(STATUSES, in.readByte());
            for (int f = TOPIC; f <= QUEUE; f++) {
                texts[f] = text(f, full);
            }
            int flags = in.readByte();
            dueAt = (flags & HAS_DUE) != 0 ? at + in.readSignedVar() : null;
            rating = (flags & HAS_RATING) != 0 ? Math.toIntExact(in.readSignedVar()) : null;
            internal = (flags & INTERNAL) != 0;
        }

        private String text(int field, boolean wanted) {
            long v = in.readVar();
            if (v == 0) {
                return null;
            }
            List<String> texts = seen.get(field);
            if ((v & 1) == 0) {
                return wanted ? texts.get((int) (v / 2 - 1)) : null;
            }
            int length = (int) (v / 2);
            if (!wanted) {
                in.skip(length);
                return null;
            }
            String s = in.readUtf8(length);
            texts.add(s);
            return s;
        }

        private static <E extends Enum<E>> E decode(E[] values, int code) {
            return code == 0 ? null : values[code - 1];
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

    interface IdLines {
        void accept(String eventId, long line);
    }

    static void readIds(byte[] ids, IdLines action) {
        VarBytes.Cursor in = new VarBytes.Cursor(ids, 1);
        long line = 0;
        while (in.more()) {
            line += in.readSignedVar();
            action.accept(in.readText(), line);
        }
    }
}
