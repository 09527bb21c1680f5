package com.servicepolicy.evaluator.night;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;

/** Port: lines already older than the retention when read: only their id and place, until the night ends. */
public interface ExpiredLines {
    /**
     * Records lines whose events are older than the retention when read (the caller checked their ids with
     * the night's id registry): their id and where they were read, not the event, so that a repeat of the id
     * among the night's lines is still a duplicate. {@link #forget} drops them once the night no longer needs them.
     */
    void insert(LocalDate runDate, List<PlacedEvent> events);

    /** Hands every kept expired line's id and where it was read to {@code visitor} (the id registry's load). */
    void forEachId(BiConsumer<String, Origin> visitor);

    /** Expired lines first read on the given night (see {@link #insert}). */
    long countFirstReadOn(LocalDate runDate);

    /**
     * Forgets the expired lines of {@code runDate} (its prune calls this, once its ingest is over) and those of
     * earlier completed nights; an unfinished earlier night keeps its own for its restart. Usually that is the
     * whole table, emptied at once with {@code TRUNCATE}: deleting a backfill's millions of rows one by one is slow.
     *
     * @return how many were forgotten
     */
    long forget(LocalDate runDate);
}
