package com.servicepolicy.evaluator.spark;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * One night on Spark: its date and the zone its day is in (asOf is the day's last millisecond, as the command
 * line's nightly batch), the night's event inputs and customers file, the history and output roots, the
 * windows in days (history: which nights are evaluated; recent: which customers are re-judged), how the
 * work is cut, the PostgreSQL store the night is also recorded in (null: none), and the history's retention in days
 * (0: keep every night).
 */
record NightRequest(LocalDate date, ZoneId zone, List<String> events, Path customers, String history, String output,
                    OutputFormat format, int windowDays, int recentDays, int partitions, long splitBytes, int parseThreads,
                    NightStore.Target store, int retentionDays) {
    NightRequest {
        events = List.copyOf(events);
    }

    long asOf() {
        return date.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli() - 1;
    }

    /** The oldest night the history keeps after this one: the retention's first day (null: every night kept). */
    LocalDate firstKept() {
        return retentionDays == 0 ? null : date.minusDays(retentionDays - 1L);
    }

    long recentFrom() {
        return asOf() - recentDays * 86_400_000L;
    }
}
