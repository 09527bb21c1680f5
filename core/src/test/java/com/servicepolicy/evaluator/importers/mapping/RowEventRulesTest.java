package com.servicepolicy.evaluator.importers.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.servicepolicy.evaluator.importers.Columns;
import com.servicepolicy.evaluator.importers.ValidatedAsPlain;
import com.servicepolicy.evaluator.ingest.CsvChunks;
import com.servicepolicy.evaluator.ingest.CsvCells;
import com.servicepolicy.evaluator.ingest.CsvTable;
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
 * rules, with conditions, look-ups that refuse a value, and times in and out of the mapping's formats. The texts it
 * gives as clean ({@link RawEvent#setClean}) validate as the reference's do: with cells holding U+0000, lone and paired
 * surrogates and texts over the contract's lengths, and a mapping whose literals and look-ups hold U+0000.
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
        Mapping bound = bound(MAPPING);
        RowTimes times = new RowTimes(bound.timeFormats(), bound.zone());
        RowEventRules rules = new RowEventRules(bound.events());
        LastTime fastTimes = new LastTime(times);
        LastTime referenceTimes = new LastTime(times);
        Random random = new Random(6);
        for (int row = 0; row < 20_000; row++) {
            List<String> cells = randomRow(random, row);
            List<String> reference = referenceEvents(bound, cells, referenceTimes).stream().map(RawEvent::toString).toList();
            List<RawEvent> fast = new ArrayList<>();
            rules.convert(cells, fastTimes, fast);
            assertThat(fast.stream().map(RawEvent::toString).toList()).as("row %s", cells).isEqualTo(reference);
        }
    }

    private static final String[] ODD_WORDS = {"Elevator", "NYPD", "Closed", "PHONE", "Pending", "\u0000", "a\u0000b",
        " NYPD\u0000", "\u0000\u0000x", "\uD800", "a\uDC00", "\uDBFF\uDFFF", "x\uD83D\uDE00y", "\uDE00\uD83D", "L".repeat(513),
        "\uD83D\uDE00".repeat(300), "\uD83D\uDE00".repeat(513), "\u00e9".repeat(512), "k".repeat(1001), "H\u0000t"};
    private static final String DIRTY = MAPPING
            .replace("reasonText: \"{Kind} in {Agency}\"", "reasonText: \"{Kind}\\0{Agency}\"\n"
                    + "      reasonCode: { column: Kind, default: ok, map: { Heat: \"H\\0t\", Noise: N } }")
            .replace("eventId: \"{Key}/closed\"", "eventId: \"{Key}/closed\"\n"
                    + "      reasonCode: { column: Via, default: \"\\0\", map: { PHONE: phone } }");

    @Test
    void validatesAsTheReferenceOnOddTexts() throws Exception {
        Random random = new Random(7);
        List<List<String>> rows = new ArrayList<>();
        for (int row = 0; row < 20_000; row++) {
            rows.add(oddRow(random, row));
        }
        for (String mapping : List.of(MAPPING, DIRTY)) {
            assertThat(validatedAsTheReference(mapping, rows)).anyMatch(e -> e.contains("U+0000"))
                    .anyMatch(e -> e.contains("surrogate")).anyMatch(e -> e.contains("longer than"))
                    .anyMatch(e -> e.startsWith("accepted"));
        }
    }

    /** A random row of odd texts; one in ten has an odd key too (ids, customers). */
    private static List<String> oddRow(Random random, int row) {
        List<String> cells = randomRow(random, row, ODD_WORDS);
        if (!cells.isEmpty() && random.nextInt(10) == 0) {
            cells.set(0, ODD_WORDS[random.nextInt(ODD_WORDS.length)] + row);
        }
        return cells;
    }

    /** Converts {@code rows} with the rules and with the reference, asserts both validate alike; returns how. */
    private static List<String> validatedAsTheReference(String mapping, List<List<String>> rows) throws Exception {
        Mapping bound = bound(mapping);
        RowTimes times = new RowTimes(bound.timeFormats(), bound.zone());
        RowEventRules rules = new RowEventRules(bound.events());
        LastTime fastTimes = new LastTime(times);
        LastTime referenceTimes = new LastTime(times);
        List<RawEvent> reference = new ArrayList<>();
        List<RawEvent> fast = new ArrayList<>();
        for (List<String> cells : rows) {
            reference.addAll(referenceEvents(bound, new ArrayList<>(cells), referenceTimes));
            rules.convert(cells, fastTimes, fast);
        }
        List<String> expected = ValidatedAsPlain.asMade(reference);
        assertThat(ValidatedAsPlain.asMade(fast)).isEqualTo(expected);
        return expected;
    }

    /**
     * The same through the CSV reading, whose rows say which cells are known clean ({@link CsvCells}): the rules then
     * skip checking those, and must still validate as the reference does (which checks every text).
     */
    @Test
    void validatesAsTheReferenceOnRowsReadFromCsv() throws Exception {
        Random random = new Random(8);
        StringBuilder csv = new StringBuilder(String.join(",", HEADER)).append('\n');
        for (int row = 0; row < 20_000; row++) {
            List<String> cells = oddRow(random, row);
            for (int i = 0; i < cells.size(); i++) { // unpaired surrogates do not survive UTF-8: "?" on both sides
                String cell = cells.get(i).replace("\"", "\"\"");
                csv.append(i > 0 ? "," : "").append(random.nextBoolean() || cell.isEmpty() ? cell : '"' + cell + '"');
            }
            csv.append(cells.isEmpty() ? "\"\"\n" : "\n");
        }
        List<List<String>> rows = new ArrayList<>();
        CsvChunks.scan(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), "t.csv",
                new CsvChunks.Handler<RowsOf>() {
                    @Override
                    public void header(List<String> columns) {
                    }

                    @Override
                    public RowsOf chunk() {
                        return new RowsOf();
                    }

                    @Override
                    public void deliver(RowsOf chunk) {
                        rows.addAll(chunk.rows);
                    }
                }, 1 << 12, 1 << 14);
        for (String mapping : List.of(MAPPING, DIRTY)) {
            assertThat(validatedAsTheReference(mapping, rows)).anyMatch(e -> e.contains("U+0000"))
                    .anyMatch(e -> e.contains("longer than")).anyMatch(e -> e.startsWith("accepted"));
        }
        assertThat(rows).hasSizeGreaterThan(19_000).anyMatch(cells -> CsvCells.knownClean(cells, 7))
                .anyMatch(cells -> cells.contains("a\u0000b"));
    }

    /** A chunk's rows as the CSV reading hands them out. */
    private static final class RowsOf implements CsvTable.Rows {
        final List<List<String>> rows = new ArrayList<>();

        @Override
        public void row(List<String> cells, long line) {
            rows.add(cells);
        }

        @Override
        public void unusable(long line, String reason) {
            throw new AssertionError(line + ": " + reason);
        }
    }

    private static Mapping bound(String mapping) throws Exception {
        return MappingParser.parse(new ByteArrayInputStream(mapping.getBytes(StandardCharsets.UTF_8)), "test")
                .bind(new Columns(HEADER, "test.csv"));
    }

    /** The events of {@code cells} as the reference conversion makes them, rule by rule. */
    private static List<RawEvent> referenceEvents(Mapping bound, List<String> cells, LastTime times) {
        List<RawEvent> events = new ArrayList<>();
        for (Mapping.EventRule rule : bound.events()) {
            if (rule.when() == null || rule.when().holds(cells)) {
                events.add(MappedCsvSource.event(rule, cells, times));
            }
        }
        return events;
    }

    private static List<String> randomRow(Random random, int row) {
        return randomRow(random, row, WORDS);
    }

    private static List<String> randomRow(Random random, int row, String[] words) {
        List<String> cells = new ArrayList<>();
        cells.add(random.nextInt(20) == 0 ? "" : String.valueOf(row));
        for (int i = 0; i < 4; i++) {
            cells.add(TIMES[random.nextInt(TIMES.length)]);
        }
        for (int i = 0; i < 4; i++) {
            cells.add(words[random.nextInt(words.length)]);
        }
        return random.nextInt(30) == 0 ? cells.subList(0, random.nextInt(cells.size())) : cells; // short rows too
    }
}
