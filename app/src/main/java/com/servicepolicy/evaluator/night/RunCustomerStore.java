package com.servicepolicy.evaluator.night;

import java.time.LocalDate;
import java.util.List;

/** Port: the customers a night evaluates, in customer-id order, with its restart point. */
public interface RunCustomerStore {
    /**
     * Chooses the night's customers: those with events first read this night, those with an
     * interaction opened in the window and not yet resolved or refused, those with any event since
     * {@code recentFrom} (running follow-up, callback, accommodation or reopened clocks), and those
     * with a callback falling due since {@code recentFrom}. Replaces an earlier choice for the night.
     * "Any event since" names every type so that the {@code (event_type, at_ms)} index serves it: a bare
     * time range scanned the whole table, which grows with every night kept.
     *
     * @return how many customers were chosen
     */
    long choose(LocalDate runDate, long windowFrom, long recentFrom, long asOf);

    /** The next customers after {@code afterCustomerId} (empty string: from the start), in id order. */
    List<String> next(LocalDate runDate, String afterCustomerId, int limit);

    /**
     * Forgets the customer lists of completed nights before {@code runDate}: a list only serves its night's
     * evaluate step and that step's restarts, and a rerun of a completed night chooses again. A night that
     * failed or was killed keeps its list, since its restart resumes evaluate from it. Without this the table
     * grows by a night's chosen customers every night.
     *
     * @return how many rows were deleted
     */
    int forgetCompletedNightsBefore(LocalDate runDate);

    long count(LocalDate runDate);
}
