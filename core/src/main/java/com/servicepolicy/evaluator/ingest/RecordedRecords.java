package com.servicepolicy.evaluator.ingest;

import java.util.Arrays;

/**
 * What a source adapter reports for a chunk of its input, kept on a worker thread (each event validated there, the
 * costliest part of taking it) and handed on to the reading thread's {@link SourceRecords} later, in the same order.
 */
public final class RecordedRecords implements SourceRecords {
    private Object[] items = new Object[256]; // a RawEvent, or the String reason of an unusable record
    private long[] lines = new long[256];
    private int count;

    @Override
    public void event(RawEvent event, long line) {
        event.validateAhead(line);
        add(event, line);
    }

    @Override
    public void unusable(long line, String reason) {
        add(reason, line);
    }

    private void add(Object item, long line) {
        if (count == items.length) {
            items = Arrays.copyOf(items, 2 * count);
            lines = Arrays.copyOf(lines, 2 * count);
        }
        items[count] = item;
        lines[count] = line;
        count++;
    }

    /** Reports everything recorded to {@code records}, in order. */
    public void replayInto(SourceRecords records) {
        for (int i = 0; i < count; i++) {
            if (items[i] instanceof RawEvent event) {
                records.event(event, lines[i]);
            } else {
                records.unusable(lines[i], (String) items[i]);
            }
        }
    }
}
