package com.servicepolicy.evaluator.cli;

import com.servicepolicy.evaluator.engine.EvaluationRun;
import com.servicepolicy.evaluator.event.Event;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The accepted events of a log, grouped by customer as they are read (customers in order of first
 * appearance, as {@link com.servicepolicy.evaluator.engine.Evaluator#evaluate} groups them), so that
 * no second copy of the log is built to group it, and each customer's events are released as soon
 * as they have been handed to the engine. Events are held with their repeating strings shared
 * ({@link CompactEvents}), which cuts the heap a held log needs by about a third.
 */
final class CustomerLog {
    private final Map<String, List<Event>> byCustomer = new LinkedHashMap<>();
    private CompactEvents compact = new CompactEvents();
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

    long size() {
        return size;
    }

    /** The latest event time, the command line's default asOf; now when the log is empty. */
    Instant latestTime() {
        return size == 0 ? Instant.now() : Instant.ofEpochMilli(latest);
    }

    /** Feeds whole customers to {@code run} in groups of at least {@code groupSize} events, emptying this log. */
    void evaluateInto(EvaluationRun run, int groupSize) {
        compact = new CompactEvents(); // the pool of the read log is garbage now
        List<Event> group = new ArrayList<>(groupSize + 64);
        for (Iterator<List<Event>> it = byCustomer.values().iterator(); it.hasNext(); ) {
            group.addAll(it.next());
            it.remove();
            if (group.size() >= groupSize) {
                run.evaluateGroup(group);
                group = new ArrayList<>(groupSize + 64);
            }
        }
        run.evaluateGroup(group);
        size = 0;
    }
}
