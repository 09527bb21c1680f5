package com.servicepolicy.evaluator.night;

import java.time.LocalDate;

/**
 * Filters of the violations query; null means "any". A violation matches the date range
 * [{@code from}, {@code to}] when the nights that first and last saw it overlap it; {@code returned} keeps only
 * those that came back after they were closed.
 */
public record ViolationFilter(String code, String severity, String policy, String queue, String agentId,
                              String customerId, LocalDate from, LocalDate to, FindingStatus status,
                              boolean returned) {
    public static final ViolationFilter ALL = new ViolationFilter(null, null, null, null, null, null, null, null,
            null, false);
}
