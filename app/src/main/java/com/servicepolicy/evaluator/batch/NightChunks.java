package com.servicepolicy.evaluator.batch;

import com.servicepolicy.evaluator.night.CustomerChoice;
import com.servicepolicy.evaluator.night.EventStore;
import com.servicepolicy.evaluator.night.StoredHistory;

import java.util.ArrayList;
import java.util.List;

/**
 * The evaluate step's chunks: the stored customers after a restart point in customer-id order, a page of whole
 * customers at a time, each chosen as it is read ({@link NightChoice}), so that every history is read once a night.
 * A chunk ends once it holds {@code customers} customers to evaluate, or after {@link #MAX_PAGES} pages, so that a
 * night which evaluates few of many stored customers still commits its choices and restart point every so often.
 */
final class NightChunks {
    static final int MAX_PAGES = 20;

    private final EventStore events;
    private final NightChoice choice;
    private final int customers;

    NightChunks(EventStore events, NightChoice choice, int customers) {
        this.events = events;
        this.choice = choice;
        this.customers = customers;
    }

    /**
     * A chunk of the customers after {@code afterCustomerId}: the choices to keep (customers evaluated or with
     * FAIR-003 counts), the histories to evaluate, the last customer read (null: none was left) and how many were read.
     */
    record Chunk(List<CustomerChoice> kept, List<StoredHistory> toEvaluate, String last, long read) {
        boolean isEmpty() {
            return last == null;
        }
    }

    Chunk after(String afterCustomerId) {
        List<CustomerChoice> kept = new ArrayList<>();
        List<StoredHistory> toEvaluate = new ArrayList<>();
        String last = null;
        long read = 0;
        for (int pages = 0; pages < MAX_PAGES && toEvaluate.size() < customers; pages++) {
            // rows for what the chunk still lacks, but not so few that a half-chosen night reads tiny pages; one
            // more, since a full page leaves out its last customer (whose rows it may have cut)
            int rows = Math.max(customers - toEvaluate.size(), customers / 10) + 1;
            List<StoredHistory> page = events.storedHistories(last == null ? afterCustomerId : last, rows);
            if (page.isEmpty()) {
                break;
            }
            for (StoredHistory history : page) {
                CustomerChoice c = choice.of(history.outlines());
                if (c.evaluate() || c.opened() > 0) {
                    kept.add(c);
                }
                if (c.evaluate()) {
                    toEvaluate.add(history);
                }
            }
            read += page.size();
            last = page.get(page.size() - 1).customerId();
        }
        return new Chunk(kept, toEvaluate, last, read);
    }
}
