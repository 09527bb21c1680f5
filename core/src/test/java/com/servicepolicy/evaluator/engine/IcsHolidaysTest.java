package com.servicepolicy.evaluator.engine;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IcsHolidaysTest {
    static final String ICS = String.join("\r\n",
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//holidays//EN",
            "BEGIN:VEVENT", "UID:xmas@test", "DTSTAMP:20260101T000000Z", "DTSTART;VALUE=DATE:20201225",
            "DTEND;VALUE=DATE:20201226", "RRULE:FREQ=YEARLY", "SUMMARY:Christmas", "END:VEVENT",
            "BEGIN:VEVENT", "UID:bridge@test", "DTSTAMP:20260101T000000Z", "DTSTART;VALUE=DATE:20260514",
            "DTEND;VALUE=DATE:20260516", "SUMMARY:Ascension and bridge day", "END:VEVENT",
            "END:VCALENDAR", "");

    @Test
    void readsDaysOfEventsAndExpandsYearlyOnes() {
        var days = IcsHolidays.read(ICS, ZoneId.of("Europe/Paris"));

        assertThat(days).contains(LocalDate.parse("2020-12-25"), LocalDate.parse("2026-12-25"), LocalDate.parse("2099-12-25"),
                LocalDate.parse("2026-05-14"), LocalDate.parse("2026-05-15"));
        assertThat(days).doesNotContain(LocalDate.parse("2019-12-25"), LocalDate.parse("2026-12-26"), LocalDate.parse("2026-05-16"));
    }

    @Test
    void aFileThatIsNotICalendarSaysSo() {
        assertThatThrownBy(() -> IcsHolidays.read("not a calendar", ZoneId.of("UTC")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a valid iCalendar file");
    }
}
