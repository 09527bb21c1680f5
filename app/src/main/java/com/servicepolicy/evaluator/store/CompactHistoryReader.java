package com.servicepolicy.evaluator.store;

import com.servicepolicy.evaluator.event.Category;
import com.servicepolicy.evaluator.event.Channel;
import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.event.EventType;
import com.servicepolicy.evaluator.event.Priority;
import com.servicepolicy.evaluator.event.Status;
import com.servicepolicy.evaluator.spill.EventBytes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static com.servicepolicy.evaluator.store.CompactHistory.AGENT;
import static com.servicepolicy.evaluator.store.CompactHistory.CATEGORIES;
import static com.servicepolicy.evaluator.store.CompactHistory.CHANNELS;
import static com.servicepolicy.evaluator.store.CompactHistory.FIELDS;
import static com.servicepolicy.evaluator.store.CompactHistory.HAS_DUE;
import static com.servicepolicy.evaluator.store.CompactHistory.HAS_RATING;
import static com.servicepolicy.evaluator.store.CompactHistory.INTERACTION;
import static com.servicepolicy.evaluator.store.CompactHistory.INTERNAL;
import static com.servicepolicy.evaluator.store.CompactHistory.PRIORITIES;
import static com.servicepolicy.evaluator.store.CompactHistory.QUEUE;
import static com.servicepolicy.evaluator.store.CompactHistory.REASON_CODE;
import static com.servicepolicy.evaluator.store.CompactHistory.REASON_TEXT;
import static com.servicepolicy.evaluator.store.CompactHistory.STATUSES;
import static com.servicepolicy.evaluator.store.CompactHistory.TOPIC;
import static com.servicepolicy.evaluator.store.CompactHistory.TYPES;

/** Reads rows and id lists written in {@link CompactHistory}'s form. */
final class CompactHistoryReader {
    private CompactHistoryReader() {
    }

    /** What a row's events are read into, one at a time, with the line each was read from. */
    interface Lines {
        void accept(Event.Builder event, long line);
    }

    /** Reads a row written by {@link CompactHistory.Writer}: each event as a builder, its sequence its line. */
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

    /** The outlines of a {@link CompactHistory.Writer}'s row: only the interactions' texts become strings. */
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

    /** What a row's id list is read into: each id with its line. */
    interface IdLines {
        void accept(String eventId, long line);
    }

    /** Reads an id list written by {@link CompactHistory#ids}. */
    static void readIds(byte[] ids, IdLines action) {
        VarBytes.Cursor in = new VarBytes.Cursor(ids, 1);
        long line = 0;
        while (in.more()) {
            line += in.readSignedVar();
            action.accept(in.readText(), line);
        }
    }
}
