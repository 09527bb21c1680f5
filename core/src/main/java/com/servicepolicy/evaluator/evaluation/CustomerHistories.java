package com.servicepolicy.evaluator.evaluation;

import com.servicepolicy.evaluator.event.Customer;
import com.servicepolicy.evaluator.event.Event;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * What an evaluation judges: each customer's whole history (every event of the customer, in input
 * order), and the customers' declared groups for the whole-log audit. A log read into memory is one;
 * the nightly batch's chunk of stored histories is another.
 */
public interface CustomerHistories {
    /** Hands each customer's events to {@code action}, one customer at a time. */
    void forEachCustomer(Consumer<List<Event>> action);

    /** Customers with their protected-attribute groups; empty when none were given. */
    Collection<Customer> customers();

    /** Histories from events sorted so that each customer's events are contiguous (as a store returns them). */
    static CustomerHistories ofContiguous(List<Event> events, Collection<Customer> customers) {
        return new CustomerHistories() {
            @Override
            public void forEachCustomer(Consumer<List<Event>> action) {
                int start = 0;
                for (int i = 1; i <= events.size(); i++) {
                    if (i == events.size() || !events.get(i).getCustomerId().equals(events.get(start).getCustomerId())) {
                        action.accept(events.subList(start, i));
                        start = i;
                    }
                }
            }

            @Override
            public Collection<Customer> customers() {
                return customers;
            }
        };
    }
}
