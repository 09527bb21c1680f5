package com.servicepolicy.evaluator.policy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

/**
 * Working time of a policy: a time zone, working days, daily hours and holidays. When configured
 * for a policy, its clocks count only working time (as SLA engines do with business hours), so
 * that a ticket opened on Friday evening is not late on Monday morning.
 */
public final class BusinessCalendar {
    private final ZoneId zone;
    private final Set<DayOfWeek> days;
    private final LocalTime opens;
    private final LocalTime closes;
    private final Set<LocalDate> holidays;

    public BusinessCalendar(ZoneId zone, Set<DayOfWeek> days, LocalTime opens, LocalTime closes, Set<LocalDate> holidays) {
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("working hours must open before they close: " + opens + "-" + closes);
        }
        this.zone = zone;
        this.days = Set.copyOf(days);
        this.opens = opens;
        this.closes = closes;
        this.holidays = Set.copyOf(holidays);
    }

    /** Working milliseconds in [start, end); 0 when end is not after start. */
    public long between(long start, long end) {
        if (end <= start) {
            return 0;
        }
        long total = 0;
        LocalDate last = Instant.ofEpochMilli(end).atZone(zone).toLocalDate();
        for (LocalDate day = Instant.ofEpochMilli(start).atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            if (!days.contains(day.getDayOfWeek()) || holidays.contains(day)) {
                continue;
            }
            long dayOpens = day.atTime(opens).atZone(zone).toInstant().toEpochMilli();
            long dayCloses = day.atTime(closes).atZone(zone).toInstant().toEpochMilli();
            total += Math.max(0, Math.min(end, dayCloses) - Math.max(start, dayOpens));
        }
        return total;
    }

    @Override
    public String toString() {
        return days + " " + opens + "-" + closes + " " + zone + ", " + holidays.size() + " holidays";
    }
}
