package com.servicepolicy.evaluator.night;

/**
 * A line of the night's input that was not accepted, with every reason (e.g. {@code at: time without
 * offset}). {@code kind} is {@link #EVENT} for event-log lines (counted in the run's accounting) or
 * {@link #CUSTOMER} for rows of a customers file; {@code eventId} is the id read (customerId for customers).
 * {@link #FILE} is a file of the night's folder that was not read at all (line 0, no id).
 */
public record RejectedLine(String source, long line, String kind, String eventId, String reason) {
    public static final String EVENT = "EVENT";
    public static final String CUSTOMER = "CUSTOMER";
    public static final String FILE = "FILE";
}
