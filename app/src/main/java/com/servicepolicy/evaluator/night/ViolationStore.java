package com.servicepolicy.evaluator.night;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** Port: violations, once per code and subject, with the nights that saw them. */
public interface ViolationStore {
    /**
     * Records violations seen by the night; idempotent for a (code, subject) within the night. Standard
     * {@code MERGE} (H2 and PostgreSQL 15+), each statement taking a few hundred violations as a
     * {@code VALUES} source: one statement per violation made PostgreSQL plan every row (it plans each
     * statement with its parameters, see PostgresCustomPlans), most of an ordinary night's evaluate step.
     * A MERGE may not touch a row twice, so a (code, subject) repeated in {@code seen} is recorded once,
     * with its last details, as the row-by-row statements left it.
     */
    void recordSeen(LocalDate runDate, List<SeenViolation> seen);

    /** Violations seen by the night, and how many of them it saw first. */
    long[] countSeen(LocalDate runDate);

    /** Every violation the night saw, by code then subject (for comparisons; the report streams them). */
    List<StoredViolation> seenBy(LocalDate runDate);

    /**
     * Streams every violation the night saw, by code then subject, holding one row at a time: read
     * in a read-only transaction with a fetch size, since PostgreSQL's driver otherwise loads the
     * whole result first.
     */
    void forEachSeenBy(LocalDate runDate, Consumer<StoredViolation> consumer);

    /** Subjects of the violations of one code the night saw. */
    Set<String> subjectsSeenBy(LocalDate runDate, String code);
}
