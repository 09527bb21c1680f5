package com.servicepolicy.evaluator.policy;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BusinessCalendarTest {
    private static final long MINUTE = 60_000;
    // Paris, Mon-Fri 09:00-17:00, Good Friday 2026 off
    private final BusinessCalendar paris = new BusinessCalendar(ZoneId.of("Europe/Paris"),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0),
            Set.of(LocalDate.parse("2026-04-03")));

    private static long at(String instant) {
        return Instant.parse(instant).toEpochMilli();
    }

    @Test
    void countsOnlyWorkingHoursAcrossAWeekend() {
        // Friday 16:30 Paris (15:30Z) to Monday 09:20 Paris (08:20Z): 30 + 20 minutes
        assertThat(paris.between(at("2026-03-13T15:30:00Z"), at("2026-03-16T08:20:00Z"))).isEqualTo(50 * MINUTE);
    }

    @Test
    void skipsHolidaysAndNightsAndHandlesDaylightSavingTime() {
        // Thursday 2 April 16:00 Paris (14:00Z, summer time) to Monday 6 April 10:00 (08:00Z): Friday is a holiday
        assertThat(paris.between(at("2026-04-02T14:00:00Z"), at("2026-04-06T08:00:00Z"))).isEqualTo(120 * MINUTE);
        // the night of a working day counts nothing
        assertThat(paris.between(at("2026-03-10T17:00:00Z"), at("2026-03-11T07:59:00Z"))).isZero();
    }

    @Test
    void isZeroForEmptyOrReversedIntervals() {
        assertThat(paris.between(at("2026-03-10T10:00:00Z"), at("2026-03-10T10:00:00Z"))).isZero();
        assertThat(paris.between(at("2026-03-10T11:00:00Z"), at("2026-03-10T10:00:00Z"))).isZero();
    }

    @Test
    void refusesHoursThatCloseBeforeTheyOpen() {
        assertThatThrownBy(() -> new BusinessCalendar(ZoneId.of("UTC"), EnumSet.of(DayOfWeek.MONDAY),
                LocalTime.of(17, 0), LocalTime.of(9, 0), Set.of())).hasMessageContaining("open before they close");
    }
}
