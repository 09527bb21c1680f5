package com.servicepolicy.evaluator.ingest;

import com.servicepolicy.evaluator.event.Customer;

/** Receives each customer of a customers file as it is read, and each rejected row. */
public interface CustomerSink {
    void accept(Customer customer);

    default void rejected(Rejection rejection) {
    }
}
