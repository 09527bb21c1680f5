package com.servicepolicy.evaluator.importers.mapping;

import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.importers.ImportRun;
import com.servicepolicy.evaluator.ingest.InputFileException;
import com.servicepolicy.evaluator.ingest.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/** Any CSV through a mapping file beside it: templates, case-insensitive value tables, zones, conditions, skips. */
class MappedCsvSourceTest {
    private static final String MAPPING = """
            name: tinydesk
            zone: Europe/Paris
            timeFormats: ["dd.MM.yyyy HH:mm", "dd.MM.yyyy"]
            requiredColumns: [Ticket, Opened]
            skip:
              - { column: Kind, in: [spam], reason: spam is not a customer }
            events:
              - type: OPENED
                fields:
                  eventId: "{Ticket}-o"
                  at: "{Opened}"
                  customerId: "{Client}"
                  interactionId: "{Ticket}"
                  channel: { column: Via, map: { Mail: EMAIL, Tel: PHONE } }
                  priority: { column: Urgency, map: { high: HIGH }, default: NORMAL }
                  category: SUPPORT
                  queue: desk-{Team}
              - type: RESOLVED
                when: { column: State, in: [done, CLOSED] }
                fields:
                  eventId: "{Ticket}-r"
                  at: "{Closed}"
                  customerId: "{Client}"
                  interactionId: "{Ticket}"
            """;
    private static final String DATA = """
            Ticket,Opened,Client,Via,Urgency,Team,State,Closed,Kind
            T1,01.07.2026 09:30,c1,MAIL,HIGH,a,Done,02.07.2026,
            T2,01.07.2026 10:00,c2,tel,,b,open,,
            T3,01.07.2026 11:00,c3,Pigeon,low,c,open,,
            T4,1 July,c4,Mail,,d,open,,
            T5,01.07.2026 12:00,c5,Mail,,e,open,,SPAM
            """;

    private static ImportRun read(Path dir, String mapping, String data) throws IOException, InputFileException {
        Files.writeString(dir.resolve("tickets.mapping.yaml"), mapping);
        Path csv = Files.writeString(dir.resolve("tickets.csv"), data);
        return ImportRun.ofFile("mapped:" + csv);
    }

    @Test
    void eachRowBecomesTheEventsOfTheMappingFieldByField(@TempDir Path dir) throws Exception {
        ImportRun run = read(dir, MAPPING, DATA);

        Event t1 = run.events.get(0);
        assertThat(t1.getEventId()).isEqualTo("T1-o");
        assertThat(t1.instant()).hasToString("2026-07-01T07:30:00Z"); // Paris summer time is UTC+2
        assertThat(t1.getChannel().name()).isEqualTo("EMAIL");          // "MAIL" matched "Mail" case-insensitively
        assertThat(t1.getPriority().name()).isEqualTo("HIGH");
        assertThat(t1.getCategory().name()).isEqualTo("SUPPORT");
        assertThat(t1.getQueue()).isEqualTo("desk-a");
        assertThat(run.timeline("T1")).containsExactly("OPENED@2026-07-01T07:30:00Z", "RESOLVED@2026-07-01T22:00:00Z");
        Event t2 = run.events.get(2);
        assertThat(t2.getChannel().name()).isEqualTo("PHONE");
        assertThat(t2.getPriority().name()).as("the table's default").isEqualTo("NORMAL");
        assertThat(run.timeline("T2")).containsExactly("OPENED@2026-07-01T08:00:00Z");

        assertThat(run.rejections).extracting(Rejection::line, Rejection::field, Rejection::reason).containsExactly(
                tuple(4L, "channel", "'Pigeon' in column Via is not in the mapping's table"),
                tuple(5L, "at", "'1 July' is not a time of the form dd.MM.yyyy HH:mm or dd.MM.yyyy or ISO-8601 with an offset"));
        var summary = run.summary();
        assertThat(summary.rows()).isEqualTo(5);
        assertThat(summary.converted()).isEqualTo(4);
        assertThat(summary.skippedByReason()).isEqualTo(Map.of("spam is not a customer", 1L));
        assertThat(summary.events()).isEqualTo(5);
    }

    @Test
    void theZoneOptionOverridesTheMappingsZone(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("tickets.mapping.yaml"), MAPPING);
        Path csv = Files.writeString(dir.resolve("tickets.csv"), DATA);
        ImportRun run = ImportRun.ofFile("mapped,zone=UTC:" + csv);
        assertThat(run.events.get(0).instant()).hasToString("2026-07-01T09:30:00Z");
    }

    @Test
    void mistakesInTheMappingAreInputErrorsNamingTheKey(@TempDir Path dir) {
        assertThatThrownBy(() -> read(dir, MAPPING.replace("type: RESOLVED", "type: SOLVED"), DATA))
                .isInstanceOf(InputFileException.class).hasMessageContaining("events[1].type: 'SOLVED' is not an event type");
        assertThatThrownBy(() -> read(dir, MAPPING.replace("queue: desk-{Team}", "team: desk-{Team}"), DATA))
                .hasMessageContaining("events[0].fields.team: not a field of the event log");
        assertThatThrownBy(() -> read(dir, MAPPING.replace("zone: Europe/Paris", "zone: Paris"), DATA))
                .hasMessageContaining("zone: 'Paris' is not a time zone");
        assertThatThrownBy(() -> read(dir, MAPPING.replace(", reason: spam is not a customer", ""), DATA))
                .hasMessageContaining("skip[0].reason: missing");
        assertThatThrownBy(() -> read(dir, MAPPING, DATA.replace("Opened,", "Start,")))
                .hasMessageContaining("lacks the column Opened");
        assertThatThrownBy(() -> ImportRun.ofFile("mapped:" + dir.resolve("other.csv")))
                .hasMessageContaining("other.mapping.yaml: no such file");
    }
}
