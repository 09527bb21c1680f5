package com.servicepolicy.evaluator.night;

import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.event.EventType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Port: the event history: every event a night stores, and each chosen customer's events in a window. */
public interface EventStore {
    /**
     * Where each of the given ids was first stored: as an event, or as an expired line of a night
     * ({@link ExpiredLines}); ids not stored are absent. Called inside the chunk's transaction; on PostgreSQL
     * by key only: both tables fill from empty within one night.
     */
    Map<String, Origin> origins(Collection<String> eventIds);

    /**
     * Inserts events that are not stored yet (the caller checked with {@link #origins}), in the caller's
     * transaction: with {@code COPY} on PostgreSQL, batched INSERTs elsewhere.
     */
    void insert(LocalDate runDate, List<PlacedEvent> events);

    /**
     * Deletes up to {@code limit} events of one type older than {@code cutoff} (by event time), through the
     * {@code (event_type, at_ms)} index, so that each call is one bounded transaction's work.
     *
     * @return how many were deleted: fewer than {@code limit} means none of that type is left before the cutoff
     */
    int deleteOlderThan(EventType type, long cutoff, int limit);

    /** Events first read on the given night. */
    long countFirstReadOn(LocalDate runDate);

    /**
     * Events in [from, to] of the night's chosen customers after {@code afterCustomerId} up to and
     * including {@code lastCustomerId}, in timeline order per customer (customer, time, then where
     * first read); the sequence is the position in that order, so that ties at one instant break the
     * same way on every run and database. One query joining {@code run_customers} (a key range) to the
     * events' customer index: an {@code IN} list of bound ids made H2 compare every row of the index
     * with every id. Sorted here, not by the database: a chunk is small, and H2 spilled the sort of
     * large chunks to a temporary file.
     */
    List<Event> eventsOfChosen(LocalDate runDate, String afterCustomerId, String lastCustomerId, long from,
                                      long to);

    /** One customer's stored events in [from, to], in timeline order (for explaining one of their violations). */
    List<Event> eventsOfCustomer(String customerId, long from, long to);
}
