package com.servicepolicy.evaluator.night;

import com.servicepolicy.evaluator.event.Event;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Port: the event history, kept as each customer's history (a few rows per customer and night, events stored
 * compactly together), not as a row per event: a night writes O(customers) rows. Whether a line's id was seen
 * before is decided outside the store, by an id registry loaded from {@link #forEachId}.
 */
public interface EventStore {
    /**
     * Stores events that are not stored yet (the caller checked their ids), in the caller's transaction, grouped
     * by customer: one row per customer of the chunk (more for a very large one).
     */
    void insert(LocalDate runDate, List<PlacedEvent> events);

    /** Hands every stored event's id and where it was first read to {@code visitor}, in no particular order. */
    void forEachId(BiConsumer<String, Origin> visitor);

    /** How many events are stored (a size hint for the id registry). */
    long count();

    /**
     * Deletes the events older than {@code cutoff} (by event time): whole rows where all of their events are,
     * and rewrites the few rows that hold events on both sides of it.
     *
     * @return how many events were deleted
     */
    long deleteOlderThan(long cutoff);

    /** Events first read on the given night. */
    long countFirstReadOn(LocalDate runDate);

    /**
     * The whole stored histories of the next customers after {@code afterCustomerId} (empty string: from the
     * start), in customer-id order: at most {@code maxRows} rows' worth, and always whole customers (a customer
     * with more rows than that comes alone).
     */
    List<CustomerHistory> histories(String afterCustomerId, int maxRows);

    /**
     * {@link #histories}, not yet decoded: each history decodes its outlines for choosing the night's customers, and
     * {@link #eventsOf} the chosen ones in full.
     */
    List<StoredHistory> storedHistories(String afterCustomerId, int maxRows);

    /**
     * Events in [from, to] of {@code histories} (each one that {@link #storedHistories} of this store returned), in
     * the order and with the sequence of {@link #eventsOfChosen}.
     */
    List<Event> eventsOf(List<StoredHistory> histories, long from, long to);

    /**
     * Events in [from, to] of the night's chosen customers after {@code afterCustomerId} up to and
     * including {@code lastCustomerId}, in timeline order per customer (customer, time, then where
     * first read); the sequence is the position in that order, so that ties at one instant break the
     * same way on every run and database.
     */
    List<Event> eventsOfChosen(LocalDate runDate, String afterCustomerId, String lastCustomerId, long from,
                               long to);

    /** One customer's stored events in [from, to], in timeline order (for explaining one of their violations). */
    List<Event> eventsOfCustomer(String customerId, long from, long to);
}
