package com.servicepolicy.evaluator.store;

import com.servicepolicy.evaluator.night.CustomerHistory;
import com.servicepolicy.evaluator.night.CustomerOutlines;
import com.servicepolicy.evaluator.night.StoredHistory;
import com.servicepolicy.evaluator.spill.EventBytes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A customer's rows of {@code event_histories} as read, their events still in {@link HistoryRows}' bytes. */
record StoredRows(String customerId, List<Row> rows) implements StoredHistory {
    /** One row: the night that first read its events, their source, and the events' bytes. */
    record Row(LocalDate night, String source, byte[] events) {
    }

    @Override
    public CustomerOutlines outlines() {
        List<CustomerOutlines.Stored> events = new ArrayList<>();
        for (Row r : rows) {
            for (EventBytes.Outline o : HistoryRows.readOutlines(r.events())) {
                events.add(new CustomerOutlines.Stored(o, r.night()));
            }
        }
        return new CustomerOutlines(customerId, events);
    }

    /** The history's events decoded in full, each with the night that first read it, in row order. */
    CustomerHistory history() {
        List<CustomerHistory.Stored> events = new ArrayList<>();
        for (Row r : rows) {
            for (HistoryRows.Line l : HistoryRows.read(r.events())) {
                events.add(new CustomerHistory.Stored(l.event(), r.night()));
            }
        }
        return new CustomerHistory(customerId, events);
    }

    /** Adds this customer's events in [from, to] to {@code timeline}. */
    void addTo(Timeline timeline, long from, long to) {
        for (Row r : rows) {
            timeline.add(customerId, r.night(), r.source(), r.events(), from, to);
        }
    }
}
