package com.servicepolicy.evaluator.engine;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.component.VEvent;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Set;
import java.util.TreeSet;

/**
 * The holidays of an iCalendar file (ical4j): every day an event of it covers, recurring events
 * (RRULE, RDATE, EXDATE) expanded over the years the product can judge.
 */
final class IcsHolidays {
    /** Years within which recurring holidays are expanded: events lie between 1970 and 2999 (event-log.md). */
    private static final LocalDate FROM = LocalDate.of(1970, 1, 1);
    private static final LocalDate TO = LocalDate.of(3000, 1, 1);
    /** Guards against an event that recurs every day for a thousand years. */
    private static final int MAX_DAYS = 100_000;

    private IcsHolidays() {
    }

    /** @throws IllegalArgumentException naming the problem when the text is not a usable iCalendar */
    static Set<LocalDate> read(String ics, ZoneId zone) {
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new StringReader(ics));
        } catch (IOException | ParserException e) {
            throw new IllegalArgumentException("not a valid iCalendar file: " + e.getMessage());
        }
        Set<LocalDate> days = new TreeSet<>();
        for (VEvent event : calendar.<VEvent>getComponents(Component.VEVENT)) {
            Set<Period<Temporal>> occurrences = event.calculateRecurrenceSet(new Period<>(FROM, TO));
            for (Period<Temporal> p : occurrences) {
                LocalDate first = day(p.getStart(), zone);
                LocalDate end = day(p.getEnd(), zone);
                // an all-day event ends the day after its last day; a zero-length one covers its start day
                LocalDate last = end.isAfter(first) && p.getEnd() instanceof LocalDate ? end.minusDays(1) : end;
                for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                    days.add(d);
                    if (days.size() > MAX_DAYS) {
                        throw new IllegalArgumentException("more than " + MAX_DAYS + " holidays: does an event recur every day?");
                    }
                }
            }
        }
        return days;
    }

    private static LocalDate day(Temporal t, ZoneId zone) {
        if (t instanceof LocalDate d) {
            return d;
        }
        if (t instanceof ZonedDateTime z) {
            return z.withZoneSameInstant(zone).toLocalDate();
        }
        return LocalDate.from(t);
    }
}
