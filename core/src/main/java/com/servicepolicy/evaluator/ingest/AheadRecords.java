package com.servicepolicy.evaluator.ingest;

import com.servicepolicy.evaluator.event.Event;
import java.util.Arrays;

/**
 * Records a worker thread has validated ahead, in input order, for the reading thread: each a {@link RawEvent} or the
 * reason of an unusable record. For each valid event the worker also writes the event, its id and the id's hash side
 * by side in dense arrays, so that the reading thread, which checks every id against the duplicate registry, reads
 * them in order instead of walking record → validation → event → id → hash through objects made on another core (a
 * cache miss at each step), and can look up the registry's slots of the next ids before it needs them.
 */
final class AheadRecords {
    /** How many ids' registry slots are read ahead at a time: their cache misses then overlap. */
    static final int LOOK_AHEAD = 16;

    private Object[] items;
    private long[] lines;
    private Event[] events; // the valid event of a RawEvent validated at its line; null for any other record
    private String[] ids;
    private int[] hashes;   // the id's hashCode; 0 for any other record
    private int count;

    AheadRecords(int capacity) {
        items = new Object[capacity];
        lines = new long[capacity];
        events = new Event[capacity];
        ids = new String[capacity];
        hashes = new int[capacity];
    }

    int count() {
        return count;
    }

    /** A record to validate later ({@link #validate}) or, for a String, the reason of an unusable record. */
    void add(Object item, long line) {
        if (count == items.length) {
            int n = 2 * count;
            items = Arrays.copyOf(items, n);
            lines = Arrays.copyOf(lines, n);
            events = Arrays.copyOf(events, n);
            ids = Arrays.copyOf(ids, n);
            hashes = Arrays.copyOf(hashes, n);
        }
        items[count] = item;
        lines[count] = line;
        count++;
    }

    /** Validates the events among the records {@code [from, count)}, as the records at their lines. */
    void validate(int from) {
        for (int i = from; i < count; i++) {
            if (items[i] instanceof RawEvent raw) {
                ParseResult result = raw.validateAhead(lines[i]);
                if (result.isValid()) {
                    events[i] = result.event();
                    ids[i] = result.eventId();
                    hashes[i] = ids[i].hashCode();
                }
            }
        }
    }

    /**
     * Reports every record to {@code records}, in order. The reader's own accounting takes a valid event from the
     * arrays; any other receiver (one that shifts lines, a test's) gets the records themselves, as it always did.
     */
    void replayInto(SourceRecords records) {
        if (!(records instanceof EventRecords reader)) {
            for (int i = 0; i < count; i++) {
                replayOne(records, i);
            }
            return;
        }
        for (int from = 0; from < count; from += LOOK_AHEAD) {
            int to = Math.min(count, from + LOOK_AHEAD);
            reader.idsExpected(hashes, from, to);
            for (int i = from; i < to; i++) {
                if (ids[i] != null) {
                    reader.validEvent(events[i], ids[i], hashes[i], lines[i]);
                } else {
                    replayOne(reader, i);
                }
            }
        }
    }

    private void replayOne(SourceRecords records, int i) {
        if (items[i] instanceof RawEvent event) {
            records.event(event, lines[i]);
        } else {
            records.unusable(lines[i], (String) items[i]);
        }
    }
}
