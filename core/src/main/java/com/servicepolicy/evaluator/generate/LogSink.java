package com.servicepolicy.evaluator.generate;

import com.servicepolicy.evaluator.event.Customer;
import com.servicepolicy.evaluator.event.Event;

/** Receives a generated log as it is made: customers in creation order, events in log order. */
public interface LogSink {
    void customer(Customer customer);

    void event(Event event);
}
