package com.servicepolicy.evaluator.engine;

import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.event.EventType;
import com.servicepolicy.evaluator.event.Priority;
import com.servicepolicy.evaluator.policy.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A business calendar configured for a policy replaces calendar time on that policy's clocks. */
class BusinessHoursTest {
    private static final String CALENDAR = """
            calendars:
              responsiveness:
                zone: Europe/Paris
                days: [MON, TUE, WED, THU, FRI]
                hours: 09:00-17:00
                holidays: [2026-12-25]
            """;

    private static RuleSet rules(Path dir, String calendars) throws IOException, RuleSetException {
        for (String f : List.of("responsiveness.drl", "follow-up.drl", "non-discrimination.drl")) {
            Files.copy(Path.of("rules", f), dir.resolve(f));
        }
        Files.writeString(dir.resolve("settings.yaml"),
                Files.readString(Path.of("rules/settings.yaml")).replace("calendars: {}", calendars));
        return RuleSetLoader.load(dir);
    }

    /** URGENT ticket opened Friday 16:30 Paris, answered Monday 09:20 Paris. */
    private static List<Event> fridayEveningTicket() {
        return List.of(
                Event.builder().eventId("e1").type(EventType.OPENED).at(Instant.parse("2026-03-13T15:30:00Z"))
                        .customerId("c").interactionId("i").priority(Priority.URGENT).sequence(1).build(),
                Event.builder().eventId("e2").type(EventType.AGENT_REPLY).at(Instant.parse("2026-03-16T08:20:00Z"))
                        .customerId("c").interactionId("i").sequence(2).build());
    }

    @Test
    void aTicketAnsweredWithinTheFirstWorkingHourIsOnTime(@TempDir Path dir) throws Exception {
        var result = new Evaluator(rules(dir, CALENDAR.strip())).evaluate(fridayEveningTicket(), List.of(),
                Instant.parse("2026-03-16T10:00:00Z"));
        assertThat(result.violations()).extracting(Violation::code).doesNotContain("RESP-001");
    }

    @Test
    void withoutACalendarTheSameTicketIsLate(@TempDir Path dir) throws Exception {
        var result = new Evaluator(rules(dir, "calendars: {}")).evaluate(fridayEveningTicket(), List.of(),
                Instant.parse("2026-03-16T10:00:00Z"));
        assertThat(result.violations()).extracting(Violation::code).contains("RESP-001");
    }

    @Test
    void aMalformedCalendarIsReportedByKey(@TempDir Path dir) {
        assertThatThrownBy(() -> rules(dir, CALENDAR.strip().replace("09:00-17:00", "9 to 5")))
                .isInstanceOf(RuleSetException.class)
                .hasMessageContaining("calendars.responsiveness: hours must look like 09:00-17:00");
    }
}
