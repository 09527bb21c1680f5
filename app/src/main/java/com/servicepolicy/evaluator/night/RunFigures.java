package com.servicepolicy.evaluator.night;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Port: a night's figures for its report: counts by code, severity and policy, response times, group rates. */
public interface RunFigures {
    /** Adds one chunk's response times to the night's (called inside the chunk's transaction). */
    void addResponseTimes(LocalDate runDate, Collection<ResponseTimes> times);

    /** The slowest keys of a dimension by average first response, among those with at least {@code minResponses}. */
    List<ResponseTimes> slowest(LocalDate runDate, String dimension, int limit, int minResponses);

    /** The night's group tallies, and the smallest group size the rules judged them with. */
    void replaceGroupRates(LocalDate runDate, List<GroupRate> rates, long minGroupSize);

    List<GroupRate> groupRates(LocalDate runDate);

    /** The smallest group size FAIR-003 judged the night's groups with. */
    long fairnessMinGroupSize(LocalDate runDate);

    /**
     * Counts the violations the night saw by code, severity and policy, once they are all recorded: the report
     * and later nights' trends read these counts, which outlive the night's detail (see RunDetail).
     */
    void countSeenViolations(LocalDate runDate);

    /** Violations the night saw, counted by {@code code}, {@code severity} or {@code policy}. */
    Map<String, Long> seenBy(LocalDate runDate, String column);

    /** Violations seen per night by severity, for the nights up to {@code runDate}, oldest first. */
    Map<LocalDate, Map<String, Long>> trend(LocalDate runDate, int nights);
}
