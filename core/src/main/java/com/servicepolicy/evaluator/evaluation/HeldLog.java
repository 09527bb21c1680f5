package com.servicepolicy.evaluator.evaluation;

import com.servicepolicy.evaluator.event.Customer;
import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.ingest.ReadStats;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A log read into memory: the accepted events grouped by customer as they are read (customers in
 * order of first appearance), the customers, and the accounting of what was read. No second copy of
 * the log is built to group it, and each customer's events are released as soon as they have been
 * handed to the engine. Events are held with their repeating strings shared ({@link CompactEvents}),
 * which cuts the heap a held log needs by about a third.
 */
public final class HeldLog implements CustomerHistories, ReadLog {
    private final Map<String, List<Event>> byCustomer = new LinkedHashMap<>();
    private CompactEvents compact = new CompactEvents();
    private Collection<Customer> customers = List.of();
    private ReadStats stats = ReadStats.EMPTY;
    private ReadStats customerStats = ReadStats.EMPTY;
    private long latest = Long.MIN_VALUE;
    private long size;

    void add(Event read) {
        List<Event> customerEvents = byCustomer.get(read.getCustomerId());
        String customerId;
        if (customerEvents == null) {
            customerId = read.getCustomerId();
            customerEvents = new ArrayList<>(8);
            byCustomer.put(customerId, customerEvents);
        } else {
            customerId = customerEvents.get(0).getCustomerId();
        }
        Event event = compact.compact(read, customerId, customerEvents);
        customerEvents.add(event);
        latest = Math.max(latest, event.getAt());
        size++;
    }

    void read(ReadStats events, Collection<Customer> customerList, ReadStats customersRead) {
        this.stats = events;
        this.customers = customerList;
        this.customerStats = customersRead;
    }

    /** Events held (not yet handed to an evaluation). */
    public long size() {
        return size;
    }

    @Override
    public ReadStats stats() {
        return stats;
    }

    @Override
    public ReadStats customerStats() {
        return customerStats;
    }

    @Override
    public Collection<Customer> customers() {
        return customers;
    }

    @Override
    public Instant defaultAsOf() {
        return size == 0 ? Instant.now() : Instant.ofEpochMilli(latest);
    }

    /** Nothing to release: the log is in memory. */
    @Override
    public void close() {
    }

    /** A copy of the events held, customer by customer (for explanations, which look at them again). */
    public List<Event> events() {
        List<Event> all = new ArrayList<>((int) size);
        byCustomer.values().forEach(all::addAll);
        return all;
    }

    /** Hands each customer's events over and lets go of them: the log is empty afterwards. */
    @Override
    public void forEachCustomer(Consumer<List<Event>> action) {
        compact = new CompactEvents(); // the pool of the read log is garbage now
        for (Iterator<List<Event>> it = byCustomer.values().iterator(); it.hasNext(); ) {
            action.accept(it.next());
            it.remove();
        }
        size = 0;
    }
}
