package com.servicepolicy.evaluator.importers;

import com.servicepolicy.evaluator.ingest.EventField;
import com.servicepolicy.evaluator.ingest.EventLogReader;
import com.servicepolicy.evaluator.ingest.EventSink;
import com.servicepolicy.evaluator.ingest.InputFileException;
import com.servicepolicy.evaluator.ingest.RawEvent;

import java.util.ArrayList;
import java.util.List;

/**
 * For tests of importers that give texts as clean ({@link RawEvent#setClean}): what the reader makes of their events,
 * and of copies whose every field is set as plain text, which the validator checks in full.
 */
public final class ValidatedAsPlain {
    private ValidatedAsPlain() {
    }

    /** The events as made: each accepted event with its texts, or its rejection, in order. */
    public static List<String> asMade(List<RawEvent> events) throws InputFileException {
        return validated(events);
    }

    /** Copies of the events with every field set by {@link RawEvent#set}, validated. */
    public static List<String> asPlain(List<RawEvent> events) throws InputFileException {
        List<RawEvent> copies = new ArrayList<>();
        for (RawEvent e : events) {
            RawEvent copy = new RawEvent();
            for (EventField f : EventField.values()) {
                copy.set(f, e.get(f));
            }
            copies.add(copy);
        }
        return validated(copies);
    }

    private static List<String> validated(List<RawEvent> events) throws InputFileException {
        List<String> out = new ArrayList<>();
        new EventLogReader().read("test", records -> {
            for (int i = 0; i < events.size(); i++) {
                records.event(events.get(i), i + 1);
            }
        }, EventSink.of(e -> out.add("accepted " + e + " " + e.getTopic() + " " + e.getQueue() + " " + e.getAgentId() + " "
                + e.getReasonText() + " " + e.getReasonCode() + " " + e.getPriority() + " " + e.getChannel() + " "
                + e.getCategory() + " " + e.getStatus() + " " + e.isInternal()),
                r -> out.add("rejected " + r), d -> out.add("duplicate " + d)));
        return out;
    }
}
