package com.servicepolicy.evaluator.reference;

import com.servicepolicy.evaluator.event.Customer;
import com.servicepolicy.evaluator.event.Event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Greedy delta debugging: drops whole customers, then events in shrinking chunks down to single ones, then customers-file rows, keeping
 * every removal after which the case still fails. The result is 1-minimal for events: removing any
 * one more event makes the difference disappear.
 */
final class Shrinker {
    private final Predicate<LogCase> fails;

    Shrinker(Predicate<LogCase> fails) {
        this.fails = fails;
    }

    LogCase shrink(LogCase failing) {
        LogCase current = failing;
        boolean changed = true;
        while (changed) {
            LogCase before = current;
            current = dropCustomers(current);
            current = dropEvents(current);
            current = dropCustomerRecords(current);
            changed = current.events().size() < before.events().size() || current.customers().size() < before.customers().size();
        }
        return current;
    }

    private LogCase dropCustomers(LogCase c) {
        List<String> ids = new ArrayList<>();
        for (Event e : c.events()) {
            if (!ids.contains(e.getCustomerId())) {
                ids.add(e.getCustomerId());
            }
        }
        for (Customer customer : c.customers()) {
            if (!ids.contains(customer.customerId())) {
                ids.add(customer.customerId());
            }
        }
        for (int chunk = Math.max(1, ids.size() / 2); chunk >= 1; chunk /= 2) {
            for (int start = 0; start < ids.size(); ) {
                Set<String> drop = new HashSet<>(ids.subList(start, Math.min(ids.size(), start + chunk)));
                LogCase candidate = c.with(c.events().stream().filter(e -> !drop.contains(e.getCustomerId())).toList(),
                        c.customers().stream().filter(x -> !drop.contains(x.customerId())).toList());
                if (fails.test(candidate)) {
                    c = candidate;
                    ids.removeAll(drop);
                } else {
                    start += chunk;
                }
            }
        }
        return c;
    }

    /** Customers-file rows the failure does not need, even where the customer's events stay. */
    private LogCase dropCustomerRecords(LogCase c) {
        for (int i = c.customers().size() - 1; i >= 0; i--) {
            List<Customer> kept = new ArrayList<>(c.customers());
            kept.remove(i);
            LogCase candidate = c.with(c.events(), kept);
            if (fails.test(candidate)) {
                c = candidate;
            }
        }
        return c;
    }

    private LogCase dropEvents(LogCase c) {
        for (int chunk = Math.max(1, c.events().size() / 4); chunk >= 1; chunk /= 2) {
            for (int start = 0; start < c.events().size(); ) {
                List<Event> kept = new ArrayList<>(c.events().subList(0, start));
                kept.addAll(c.events().subList(Math.min(c.events().size(), start + chunk), c.events().size()));
                LogCase candidate = c.with(kept, c.customers());
                if (fails.test(candidate)) {
                    c = candidate;
                } else {
                    start += chunk;
                }
            }
        }
        return c;
    }
}
