package com.servicepolicy.evaluator.importers.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.servicepolicy.evaluator.importers.Columns;
import com.servicepolicy.evaluator.ingest.RawEvent;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The rules laid out for rows ({@link RowEventRules}) make, row by row, exactly the events that the reference
 * ({@link MappedCsvSource#event}, rule by rule) makes: on random rows of a mapping whose templates are shared between
 * rules, with conditions, look-ups that refuse a value, and times in and out of the mapping's formats.
 */
class RowEventRulesTest {
    private static final String MAPPING = """
            name: shared
            zone: America/New_York
            timeFormats: ["MM/dd/yyyy hh:mm:ss a"]
            events:
              - type: OPENED
                fields:
                  eventId: "{Key}/opened"
                  at: "{Created}"
                  customerId: "c-{Key}"
                  interactionId: "{Key}"
                  topic: "{Kind} in {Agency}"
                  queue: "{Agency}"
                  priority: { column: Kind, default: NORMAL, map: { Elevator: URGENT, Noise: LOW } }
                  channel: { column: Via, map: { PHONE: PHONE, ONLINE: WEB, UNKNOWN: "" } }
              - type: AGENT_REPLY
                when: { column: Updated }
                fields:
                  eventId: "{Key}/action"
                  at: "{Updated}"
                  customerId: "c-{Key}"
                  interactionId: "{Key}"
                  agentId: "{Agency}"
                  reasonText: "{Kind} in {Agency}"
              - type: CALLBACK_PROMISED
                when: { column: Status, in: [Pending, open] }
                fields:
                  eventId: "{Key}/callback"
                  at: "{Updated}"
                  dueAt: "{Due}"
                  customerId: "c-{Key}"
                  interactionId: "{Key}"
              - type: RESOLVED
                when: { column: Status, in: [Closed] }
                fields:
                  eventId: "{Key}/closed"
                  at: "{Closed}"
                  customerId: "c-{Key}"
                  interactionId: "{Key}"
                  agentId: "{Agency}"
            """;
    private static final List<String> HEADER = List.of("Key", "Created", "Updated", "Closed", "Due", "Status", "Kind",
            "Agency", "Via");
    private static final String[] TIMES = {"12/25/2013 11:59:08 PM", "12/25/2013 11:59:08 PM", "03/10/2013 02:30:00 AM",
            "11/03/2013 01:30:00 AM", "02/30/2013 01:00:00 AM", "2013-12-25T10:00:00Z", "2013-12-25T10:00:00.5+01:00",
            "12/31/1969 07:00:00 PM", "3000-01-01T00:00:00Z", "garbage", "", " "};
    private static final String[] WORDS = {"Elevator", "elevator", "Noise", "Heat", "PHONE", "online", "UNKNOWN", "Fax",
            "Closed", "closed", "Pending", "OPEN", "NYPD", " NYPD ", "", " "};

    @Test
    void makesWhatTheReferenceMakesRowByRow() throws Exception {
        Mapping bound = MappingParser.parse(new ByteArrayInputStream(MAPPING.getBytes(StandardCharsets.UTF_8)), "test")
                .bind(new Columns(HEADER, "test.csv"));
        RowTimes times = new RowTimes(bound.timeFormats(), bound.zone());
        RowEventRules rules = new RowEventRules(bound.events());
        LastTime fastTimes = new LastTime(times);
        LastTime referenceTimes = new LastTime(times);
        Random random = new Random(6);
        for (int row = 0; row < 20_000; row++) {
            List<String> cells = randomRow(random, row);
            List<String> reference = new ArrayList<>();
            for (Mapping.EventRule rule : bound.events()) {
                if (rule.when() == null || rule.when().holds(cells)) {
                    reference.add(MappedCsvSource.event(rule, cells, referenceTimes).toString());
                }
            }
            List<RawEvent> fast = new ArrayList<>();
            rules.convert(cells, fastTimes, fast);
            assertThat(fast.stream().map(RawEvent::toString).toList()).as("row %s", cells).isEqualTo(reference);
        }
    }

    private static List<String> randomRow(Random random, int row) {
        List<String> cells = new ArrayList<>();
        cells.add(random.nextInt(20) == 0 ? "" : String.valueOf(row));
        for (int i = 0; i < 4; i++) {
            cells.add(TIMES[random.nextInt(TIMES.length)]);
        }
        for (int i = 0; i < 4; i++) {
            cells.add(WORDS[random.nextInt(WORDS.length)]);
        }
        return random.nextInt(30) == 0 ? cells.subList(0, random.nextInt(cells.size())) : cells; // short rows too
    }
}
