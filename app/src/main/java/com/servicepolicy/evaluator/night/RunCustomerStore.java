package com.servicepolicy.evaluator.night;

import java.time.LocalDate;
import java.util.List;

/**
 * Port: the customers a night evaluates, in customer-id order, with its restart point, and each customer's
 * FAIR-003 counts of the night's fairness window.
 */
public interface RunCustomerStore {
    /**
     * Forgets the night's choice of the customers after {@code afterCustomerId} (empty string: all of them): an
     * earlier run's choice on a rerun, or what lies past the restart point of a resumed evaluate step.
     */
    void forgetAfter(LocalDate runDate, String afterCustomerId);

    /** Adds the night's choice of some customers (each customer once per night). */
    void add(LocalDate runDate, List<CustomerChoice> choices);

    /** The next customers to evaluate after {@code afterCustomerId} (empty string: from the start), in id order. */
    List<String> next(LocalDate runDate, String afterCustomerId, int limit);

    /**
     * Forgets the customer lists of completed nights before {@code runDate}: a list only serves its night's
     * evaluate and fairness steps and their restarts, and a rerun of a completed night chooses again. A night that
     * failed or was killed keeps its list, since its restart resumes evaluate from it. Without this the table
     * grows by a night's chosen customers every night.
     *
     * @return how many rows were deleted
     */
    int forgetCompletedNightsBefore(LocalDate runDate);
}
