package com.servicepolicy.evaluator.generate;

import com.servicepolicy.evaluator.event.Customer;
import com.servicepolicy.evaluator.event.Event;

import java.util.ArrayList;
import java.util.List;

/** A whole generated log in memory, for tests and small runs: valid events (sequence = position) and customers. */
public record GeneratedLog(List<Event> events, List<Customer> customers) {
    public GeneratedLog {
        events = List.copyOf(events);
        customers = List.copyOf(customers);
    }

    static final class Collector implements LogSink {
        private final List<Event> events = new ArrayList<>();
        private final List<Customer> customers = new ArrayList<>();

        @Override
        public void customer(Customer customer) {
            customers.add(customer);
        }

        @Override
        public void event(Event event) {
            events.add(event);
        }

        GeneratedLog toLog() {
            return new GeneratedLog(events, customers);
        }
    }
}
