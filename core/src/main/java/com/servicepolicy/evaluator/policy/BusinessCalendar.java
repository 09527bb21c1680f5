package com.servicepolicy.evaluator.policy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Working time of a policy: a time zone, working days, one or several ranges of hours a day (a range
 * whose end is not after its start crosses midnight: {@code 22:00-06:00} runs into the next morning), and
 * holidays. When configured for a policy, its clocks count only working time (as SLA engines do with
 * business hours), so that a ticket opened on Friday evening is not late on Monday morning. A range
 * belongs to the day it starts on: that day must be a working day and not a holiday.
 */
public final class BusinessCalendar {
    /** Working hours of a day: from {@code opens} to {@code closes}, on the next day when it is not after. */
    public record Range(LocalTime opens, LocalTime closes) {
        boolean crossesMidnight() {
            return !closes.isAfter(opens);
        }

        @Override
        public String toString() {
            return opens + "-" + closes;
        }
    }

    private final ZoneId zone;
    private final Set<DayOfWeek> days;
    private final List<Range> ranges;
    private final Set<LocalDate> holidays;

    public BusinessCalendar(ZoneId zone, Set<DayOfWeek> days, List<Range> ranges, Set<LocalDate> holidays) {
        if (ranges.isEmpty()) {
            throw new IllegalArgumentException("a calendar needs at least one range of working hours");
        }
        for (Range r : ranges) {
            if (r.opens().equals(r.closes())) {
                throw new IllegalArgumentException("working hours must not open and close at the same time: " + r);
            }
        }
        this.zone = zone;
        this.days = Set.copyOf(days);
        this.ranges = List.copyOf(ranges);
        this.holidays = Set.copyOf(holidays);
    }

    /** One range a day that must open before it closes (the form calendars had before ranges could cross midnight). */
    public BusinessCalendar(ZoneId zone, Set<DayOfWeek> days, LocalTime opens, LocalTime closes, Set<LocalDate> holidays) {
        this(zone, days, List.of(checkedSameDay(opens, closes)), holidays);
    }

    private static Range checkedSameDay(LocalTime opens, LocalTime closes) {
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("working hours must open before they close: " + opens + "-" + closes);
        }
        return new Range(opens, closes);
    }

    /** Working milliseconds in [start, end); 0 when end is not after start. Overlapping ranges count once. */
    public long between(long start, long end) {
        if (end <= start) {
            return 0;
        }
        List<long[]> open = new ArrayList<>();
        LocalDate last = Instant.ofEpochMilli(end).atZone(zone).toLocalDate();
        // a range that crossed midnight the day before may reach into the first day
        for (LocalDate day = Instant.ofEpochMilli(start).atZone(zone).toLocalDate().minusDays(1); !day.isAfter(last);
             day = day.plusDays(1)) {
            if (!days.contains(day.getDayOfWeek()) || holidays.contains(day)) {
                continue;
            }
            for (Range r : ranges) {
                long from = day.atTime(r.opens()).atZone(zone).toInstant().toEpochMilli();
                long to = (r.crossesMidnight() ? day.plusDays(1) : day).atTime(r.closes()).atZone(zone).toInstant().toEpochMilli();
                long a = Math.max(start, from);
                long b = Math.min(end, to);
                if (b > a) {
                    open.add(new long[] {a, b});
                }
            }
        }
        return mergedLength(open);
    }

    private static long mergedLength(List<long[]> intervals) {
        intervals.sort((x, y) -> Long.compare(x[0], y[0]));
        long total = 0;
        long reach = Long.MIN_VALUE;
        for (long[] i : intervals) {
            long from = Math.max(i[0], reach);
            if (i[1] > from) {
                total += i[1] - from;
                reach = i[1];
            }
        }
        return total;
    }

    @Override
    public String toString() {
        return days + " " + ranges + " " + zone + ", " + holidays.size() + " holidays";
    }
}
