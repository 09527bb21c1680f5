package com.servicepolicy.evaluator.night;

import java.time.LocalDate;
import java.util.Collection;

/** Port: a night's detail kept for a while (which violations it saw, where its duplicates were first read). */
public interface RunDetail {
    /**
     * Deletes the detail of the completed nights before {@code cutoff}, one night per transaction: their
     * violation lists except the rows of {@code keptCodes}, and their duplicate lines. Marks those nights as
     * without detail and returns the rows deleted. An unfinished night keeps its detail: its restart counts
     * from it.
     */
    long forgetNightsBefore(LocalDate cutoff, Collection<String> keptCodes);
}
