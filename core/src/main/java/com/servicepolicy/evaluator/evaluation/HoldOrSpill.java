package com.servicepolicy.evaluator.evaluation;

import com.servicepolicy.evaluator.event.Customer;
import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.ingest.ReadStats;
import com.servicepolicy.evaluator.spill.SpilledLog;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a read puts what it accepts: in memory, until the customers and events held pass the options'
 * limit; from then on, everything held and everything after it, in a {@link SpilledLog}.
 */
final class HoldOrSpill {
    private final SpillOptions options;
    private final long expectedBytes;
    private final Map<String, Customer> customers = new LinkedHashMap<>();
    private HeldLog held = new HeldLog();
    private SpilledLog spilled;

    HoldOrSpill(SpillOptions options, long expectedBytes) {
        this.options = options;
        this.expectedBytes = expectedBytes;
    }

    void customer(Customer customer) {
        if (spilled != null) {
            spilled.addCustomer(customer);
            return;
        }
        customers.put(customer.customerId(), customer);
        spillIfTooLarge();
    }

    void event(Event event) {
        if (spilled != null) {
            spilled.addEvent(event);
            return;
        }
        held.add(event);
        spillIfTooLarge();
    }

    /** The log read, with its accounting; a spilled log must be closed to remove its files. */
    ReadLog finish(ReadStats stats, ReadStats customerStats) {
        if (spilled != null) {
            return new SpilledReadLog(spilled, stats, customerStats, options.heldViolations());
        }
        held.read(stats, List.copyOf(customers.values()), customerStats);
        return held;
    }

    /** Removes the temporary files when the read fails. */
    void abandon() {
        if (spilled != null) {
            spilled.close();
        }
    }

    private void spillIfTooLarge() {
        long records = held.size() + customers.size();
        if (records <= options.holdRecords()) {
            return;
        }
        spilled = SpilledLog.create(options.dir(), options.partitionsFor(expectedBytes, records), options.maxPartRecords());
        Collection<Customer> all = customers.values();
        all.forEach(spilled::addCustomer);
        customers.clear();
        held.forEachCustomer(events -> events.forEach(spilled::addEvent));
        held = null;
    }
}
