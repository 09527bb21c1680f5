package com.servicepolicy.evaluator.night;

import java.time.LocalDate;

/**
 * Filters of the violations query; null means "any". A violation matches the date range
 * [{@code from}, {@code to}] when the nights that first and last saw it overlap it.
 */
public record ViolationFilter(String code, String severity, String policy, String agentId, String customerId,
                              LocalDate from, LocalDate to) {
    public static final ViolationFilter ALL = new ViolationFilter(null, null, null, null, null, null, null);
}
