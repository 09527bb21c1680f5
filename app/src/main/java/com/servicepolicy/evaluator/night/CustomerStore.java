package com.servicepolicy.evaluator.night;

import com.servicepolicy.evaluator.event.Customer;
import java.util.List;

/** Port: the customers' declared groups and the refusal counts per group of a night's fairness window. */
public interface CustomerStore {
    /**
     * Replaces the attributes of the given customers (a later row of the same customer wins), writing only
     * customers whose attributes differ from the stored ones: a customers file is often the whole customer base
     * again, and one DELETE and one INSERT per customer took 9-12 s for 467k unchanged customers.
     */
    void replace(List<Customer> customers);

    /**
     * Per attribute group of the customers with declared attributes: interactions opened in the night's
     * fairness window and how many of them were refused by its asOf (each customer's counts as the night's
     * choice stored them, {@link RunCustomerStore#add}), summed in the database (memory: one row per group), by
     * attribute then group.
     */
    List<GroupRate> refusalCountsByGroup(java.time.LocalDate runDate);
}
