package com.servicepolicy.evaluator.reference;

import com.servicepolicy.evaluator.event.Customer;
import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.generate.OutputFormat;

import java.time.Instant;
import java.util.List;
import java.util.TreeMap;

/** One differential case: a log, its customers and the asOf it is judged at; printable as JSONL for a bug report. */
record LogCase(String name, List<Event> events, List<Customer> customers, Instant asOf) {

    LogCase with(List<Event> newEvents, List<Customer> newCustomers) {
        return new LogCase(name, newEvents, newCustomers, asOf);
    }

    String toJsonl() {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(name).append(", asOf ").append(asOf).append('\n');
        out.append("# events.jsonl (").append(events.size()).append(" events)\n");
        for (Event e : events) {
            out.append(OutputFormat.JSONL.line(e)).append('\n');
        }
        out.append("# customers (").append(customers.size()).append(")\n");
        for (Customer c : customers) {
            StringBuilder line = new StringBuilder("{\"customerId\":\"").append(c.customerId()).append('"');
            new TreeMap<>(c.attributes()).forEach((k, v) -> line.append(",\"").append(k).append("\":\"").append(v).append('"'));
            out.append(line).append("}\n");
        }
        return out.toString();
    }
}
