package com.servicepolicy.evaluator.batch;

import com.servicepolicy.evaluator.engine.RuleSetLoader;
import com.servicepolicy.evaluator.engine.Evaluator;
import com.servicepolicy.evaluator.night.NightLock;
import com.servicepolicy.evaluator.night.BatchLockedException;
import com.servicepolicy.evaluator.night.CustomerHistory;
import com.servicepolicy.evaluator.night.EventStore;
import com.servicepolicy.evaluator.night.ExpiredLines;
import com.servicepolicy.evaluator.night.PlacedEvent;
import com.servicepolicy.evaluator.night.DataQualityStore;
import com.servicepolicy.evaluator.night.RunFigures;
import com.servicepolicy.evaluator.quality.FindingKind;
import com.servicepolicy.evaluator.quality.Findings;
import com.servicepolicy.evaluator.night.RejectedLine;
import com.servicepolicy.evaluator.night.RunRecord;
import com.servicepolicy.evaluator.night.RunStore;
import com.servicepolicy.evaluator.night.StoredViolation;
import com.servicepolicy.evaluator.night.ViolationFilter;
import com.servicepolicy.evaluator.night.ViolationStore;
import com.servicepolicy.evaluator.night.IngestLedger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.time.Instant;
import java.time.ZoneOffset;
import com.servicepolicy.evaluator.event.Customer;
import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.event.EventType;
import com.servicepolicy.evaluator.ingest.CustomerFileReader;
import com.servicepolicy.evaluator.ingest.EventLogReader;
import com.servicepolicy.evaluator.policy.Violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the nightly batch promises, run against each database (H2 and PostgreSQL subclasses):
 * accounting, stored rejects, one violation per (code, subject) across reruns and nights,
 * interactions spanning nights, and a clean failure on an unreadable file.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class NightlyBatchContract {
    @TempDir
    static Path work;

    @Autowired
    NightlyRunner runner;
    @Autowired
    ViolationStore violations;
    @Autowired
    IngestLedger ledger;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    NightlyRules rules;
    @Autowired
    NightLock lock;
    @Autowired
    RunStore runs;
    @Autowired
    IngestWriter writer;
    @Autowired
    ExpiredLines expiredLines;
    @Autowired
    RunFigures figures;
    @Autowired
    EventStore eventStore;
    @Autowired
    DataQualityStore dataQuality;
    @Autowired
    NightDataQuality nightQuality;
    @Autowired
    BatchProperties properties;
    @Autowired
    UnreadFiles unreadFiles;

    static Path inbox() {
        return work.resolve("inbox");
    }

    @Test
    void accountsForEveryLineAndStoresRejectsAndReport() throws Exception {
        LocalDate night = LocalDate.of(2026, 3, 2);
        TestInbox.write(inbox(), night, 1_200, 2, 1);

        RunRecord run = runner.run(night, inbox());

        assertThat(run.status()).isEqualTo("COMPLETED");
        assertThat(run.read()).isEqualTo(run.evaluated() + run.duplicates() + run.rejected());
        assertThat(run.duplicates()).isEqualTo(2);   // each file repeats one line
        assertThat(run.rejected()).isEqualTo(3);     // interactions 7, 507 and 1007 add a time without offset
        assertThat(ledger.rejects(night, 10)).allSatisfy(r -> assertThat(r.reason()).contains("at"));
        assertThat(run.interactions()).isEqualTo(1_200);
        assertThat(run.violations()).isPositive().isEqualTo(violations.seenBy(night).size());
        Path out = work.resolve("out").resolve(night.toString());
        // self-contained (issue #17): charts drawn by Chart.js inlined in the file, nothing loaded from anywhere
        assertThat(Files.readString(out.resolve("report.html"))).containsPattern("<canvas[^>]*data-chart")
                .contains("new Chart(").doesNotContainPattern("<script[^>]*src=").doesNotContainPattern("<link[^>]*href=")
                .doesNotContainPattern("(src|href)=\"(https?:)?//");
        assertThat(Files.readAllLines(out.resolve("violations.csv"))).hasSize((int) run.violations() + 1);
    }

    @Test
    void aNightIsRefusedAtOnceWhileAnotherProcessHoldsTheBatchLockAndRunsOnceItIsReleased() throws Exception {
        LocalDate night = LocalDate.of(2026, 3, 7);
        TestInbox.write(inbox(), night, 50, 1, 3);

        try (NightLock.Held otherProcess = lock.acquire()) {  // a connection of its own, as another process has
            assertThatThrownBy(() -> runner.run(night, inbox())).isInstanceOf(BatchLockedException.class)
                    .hasMessageContaining("another process is running a night on this database");
            assertThatThrownBy(lock::acquire).isInstanceOf(BatchLockedException.class);
            assertThat(runs.find(night)).isEmpty();
        }

        assertThat(runner.run(night, inbox()).status()).isEqualTo("COMPLETED");
    }

    @Test
    void rerunningANightChangesNothingButTheAttempt() throws Exception {
        LocalDate night = LocalDate.of(2026, 3, 5);
        TestInbox.write(inbox(), night, 600, 2, 2);
        RunRecord first = runner.run(night, inbox());
        List<StoredViolation> before = violations.seenBy(night);
        long stored = countViolations();
        jdbc.update("UPDATE nightly_runs SET fairness_min_group = 999 WHERE run_date = ?", night);

        RunRecord second = runner.run(night, inbox());

        assertThat(second.attempt()).isEqualTo(first.attempt() + 1);
        assertThat(List.of(second.read(), second.evaluated(), second.duplicates(), second.rejected(),
                second.violations(), second.newViolations()))
                .isEqualTo(List.of(first.read(), first.evaluated(), first.duplicates(), first.rejected(),
                        first.violations(), first.newViolations()));
        assertThat(violations.seenBy(night)).isEqualTo(before);
        assertThat(countViolations()).isEqualTo(stored);
        assertThat(jdbc.queryForObject("SELECT fairness_min_group FROM nightly_runs WHERE run_date = ?", Long.class,
                night)).as("the report's minimum group is the one the rules judged with")
                .isEqualTo(RuleSetLoader.load(Path.of("rules")).settings().getDisparityMinGroupSize());
    }

    @Test
    void laterNightSeesEarlierEventsAsDuplicatesAndKeepsFirstSeen() throws Exception {
        LocalDate first = LocalDate.of(2026, 3, 10);
        LocalDate second = first.plusDays(1);
        Path firstFolder = TestInbox.write(inbox(), first, 300, 1, 3);
        RunRecord one = runner.run(first, inbox());
        // the second night resends the first night's log and adds a late reply to an open interaction
        Path secondFolder = Files.createDirectories(inbox().resolve(second.toString()));
        Files.copy(firstFolder.resolve("events-00.jsonl"), secondFolder.resolve("events-00.jsonl"));

        RunRecord two = runner.run(second, inbox());

        assertThat(two.evaluated()).isZero();
        assertThat(two.duplicates()).isEqualTo(one.evaluated() + one.duplicates());
        assertThat(two.read()).isEqualTo(two.evaluated() + two.duplicates() + two.rejected());
        // still-open interactions are re-evaluated; their violations keep the first night
        List<java.util.Map<String, Object>> open = jdbc.queryForList("SELECT first_run_date, last_run_date"
                + " FROM violations WHERE code = 'RESP-001' AND message LIKE 'No first response yet%' AND subject LIKE ?",
                first + "-%");
        assertThat(open).isNotEmpty()
                .allSatisfy(v -> assertThat(v.get("last_run_date").toString()).isEqualTo(second.toString()))
                .anySatisfy(v -> assertThat(v.get("first_run_date").toString()).isEqualTo(first.toString()));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM run_violations WHERE run_date = ? AND subject LIKE ?",
                Long.class, second, first + "-%")).isEqualTo(jdbc.queryForObject(
                "SELECT COUNT(*) FROM violations WHERE subject LIKE ?", Long.class, first + "-%"));
    }

    @Test
    void eventsOlderThanTheRetentionAreDeletedAtTheEndOfANightAndARerunJudgesTheSame() throws Exception {
        LocalDate night = LocalDate.of(2027, 6, 1);  // after every other night here: nothing else is judged later
        LocalDate expired = night.minusDays(130);     // retention 120 days (the default)
        LocalDate kept = night.minusDays(30);
        for (LocalDate earlier : List.of(expired, kept)) {
            TestInbox.write(inbox(), earlier, 90, 1, 5);
            assertThat(runner.run(earlier, inbox()).status()).isEqualTo("COMPLETED");
        }
        LocalDate killed = night.minusDays(2);  // as if killed mid-evaluate: its restart resumes from its list
        jdbc.update("INSERT INTO nightly_runs (run_date, attempt, status, as_of_ms, started_ms) VALUES (?, 1, ?, 0, 0)",
                killed, "STARTED");
        jdbc.update("INSERT INTO run_customers (run_date, customer_id) VALUES (?, 'c-not-yet-evaluated')", killed);
        long keptEvents = eventsFirstReadOn(kept);
        assertThat(eventsFirstReadOn(expired)).isPositive();
        TestInbox.write(inbox(), night, 90, 1, 6);
        Map<String, Long> expiredCounts = figures.seenBy(expired, "code");

        RunRecord first = runner.run(night, inbox());
        List<StoredViolation> judged = violations.seenBy(night);
        RunRecord rerun = runner.run(night, inbox());

        assertThat(first.status()).isEqualTo("COMPLETED");
        assertThat(eventsFirstReadOn(expired)).isZero();
        assertThat(eventsFirstReadOn(kept)).isEqualTo(keptEvents);
        assertThat(eventsFirstReadOn(night)).isEqualTo(first.evaluated());
        assertThat(jdbc.queryForObject("SELECT MIN(first_at_ms) FROM event_histories", Long.class))
                .isGreaterThanOrEqualTo(new Night(night, inbox(), ZoneOffset.UTC).asOf() - 120L * 86_400_000);
        assertThat(violations.seenBy(night)).isEqualTo(judged);
        assertThat(jdbc.queryForList("SELECT DISTINCT run_date FROM run_customers WHERE run_date < ?", LocalDate.class,
                night)).as("completed nights' lists are forgotten, an unfinished night's is kept").containsExactly(killed);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM run_customers WHERE run_date = ?", Long.class, night))
                .isEqualTo(rerun.customers());
        assertThat(List.of(rerun.evaluated(), rerun.duplicates(), rerun.violations()))
                .isEqualTo(List.of(first.evaluated(), first.duplicates(), first.violations()));
        // run detail (default 90 days): the expired night keeps its counts and FAIR-003 rows, not its list
        assertThat(runs.find(expired).orElseThrow().violationDetailKept()).isFalse();
        assertThat(runs.find(kept).orElseThrow().violationDetailKept()).isTrue();
        assertThat(expiredCounts).containsKey("RESP-001");
        assertThat(figures.seenBy(expired, "code")).isEqualTo(expiredCounts);
        assertThat(jdbc.queryForList("SELECT DISTINCT code FROM run_violations WHERE run_date = ?", String.class,
                expired)).isSubsetOf("FAIR-003");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM run_violations WHERE run_date = ?", Long.class, kept))
                .isEqualTo(runs.find(kept).orElseThrow().violations());
    }

    @Test
    void linesAlreadyOlderThanTheRetentionAreAccountedAndTheirRepeatsAreDuplicatesButTheyAreNotStored()
            throws Exception {
        LocalDate night = LocalDate.of(2025, 1, 10); // before every other night here: their prunes cannot reach it
        TestInbox.write(inbox(), night, 120, 2, 11, true); // expired lines (200 days old) and a repeat per file

        RunRecord first = runner.run(night, inbox());
        RunRecord rerun = runner.run(night, inbox());

        assertThat(first.status()).isEqualTo("COMPLETED");
        assertThat(first.read()).isEqualTo(first.evaluated() + first.duplicates() + first.rejected());
        long expired = 3; // interactions 3, 53 and 103, all odd, so all in events-01.jsonl
        assertThat(first.evaluated()).isEqualTo(eventsFirstReadOn(night) + expired);
        assertThat(storedEvents()).extracting(Event::getEventId).noneMatch(id -> id.startsWith("old-"));
        assertThat(jdbc.queryForList("SELECT event_id, first_source, first_line FROM run_duplicates"
                + " WHERE run_date = ? AND event_id LIKE 'old-%' ORDER BY source", night))
                .as("the file's repeat of its first expired line, found where it was first read")
                .extracting(row -> row.get("event_id") + "@" + row.get("first_source") + ":" + row.get("first_line"))
                .containsExactly("old-3@events-01.jsonl:" + lineOf("old-3", night));
        assertThat(expiredLines.countFirstReadOn(night)).as("forgotten once the night is done").isZero();
        assertThat(List.of(rerun.evaluated(), rerun.duplicates(), rerun.rejected(), rerun.violations()))
                .isEqualTo(List.of(first.evaluated(), first.duplicates(), first.rejected(), first.violations()));
    }

    @Test
    void anEventOlderThanTheRetentionKeepsOnlyItsIdAndPlaceUntilPruneForgetsIt() {
        LocalDate night = LocalDate.of(2025, 1, 20);
        long retainedFrom = new Night(night, inbox(), ZoneOffset.UTC).since(java.time.Duration.ofDays(120));
        Event old = Event.builder().eventId("w-old").type(EventType.REVIEW_POSTED).atMillis(retainedFrom - 1)
                .customerId("w").build();
        Event kept = Event.builder().eventId("w-kept").type(EventType.REVIEW_POSTED).atMillis(retainedFrom)
                .customerId("w").build();
        LocalDate unfinished = night.minusDays(1);
        jdbc.update("INSERT INTO run_expired_events (event_id, run_date, source, line) VALUES ('u-old', ?, 'u', 1)",
                unfinished);

        try (NightIds ids = writer.knownIds()) {
            writer.write(ids, night, retainedFrom, "w.jsonl", List.of(new PlacedEvent(old, "w.jsonl", 1),
                    new PlacedEvent(kept, "w.jsonl", 2), new PlacedEvent(old, "w.jsonl", 3)), List.of(), 3, true);
        }

        assertThat(eventStore.eventsOfCustomer("w", Long.MIN_VALUE, Long.MAX_VALUE)).extracting(Event::getEventId)
                .containsExactly("w-kept");
        assertThat(jdbc.queryForList("SELECT event_id, line FROM run_expired_events WHERE run_date = ?", night))
                .extracting(row -> row.get("event_id") + ":" + row.get("line")).containsExactly("w-old:1");
        assertThat(jdbc.queryForList("SELECT line, first_line FROM run_duplicates WHERE run_date = ?", night))
                .extracting(row -> row.get("line") + " first at " + row.get("first_line"))
                .containsExactly("3 first at 1");
        assertThat(expiredLines.countFirstReadOn(night)).isEqualTo(1);

        assertThat(expiredLines.forget(night)).isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT event_id FROM run_expired_events", String.class))
                .as("an unfinished earlier night keeps its own for its restart").containsExactly("u-old");
        jdbc.update("INSERT INTO nightly_runs (run_date, attempt, status, as_of_ms, started_ms) VALUES (?, 1, ?, 0, 0)",
                unfinished, "COMPLETED");
        assertThat(expiredLines.forget(night)).isEqualTo(1);
        assertThat(expiredLines.countFirstReadOn(unfinished)).isZero();
    }

    private long lineOf(String eventId, LocalDate night) throws IOException {
        List<String> lines = Files.readAllLines(inbox().resolve(night.toString()).resolve("events-01.jsonl"));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("\"eventId\":\"" + eventId + "\"")) {
                return i + 1;
            }
        }
        throw new AssertionError(eventId + " not written");
    }

    private long eventsFirstReadOn(LocalDate night) {
        return eventStore.countFirstReadOn(night);
    }

    /** Every stored event (of the store's histories). */
    private List<Event> storedEvents() {
        return eventStore.histories("", Integer.MAX_VALUE).stream().flatMap(h -> h.events().stream())
                .map(CustomerHistory.Stored::event).toList();
    }

    private List<Event> storedEventsFirstReadOn(LocalDate night) {
        return eventStore.histories("", Integer.MAX_VALUE).stream().flatMap(h -> h.events().stream())
                .filter(s -> s.runDate().equals(night)).map(CustomerHistory.Stored::event).toList();
    }

    /**
     * Issue #15: one line longer than its column, with U+0000 or an unpaired surrogate, or in the year 9999,
     * failed the night and every rerun of it. Now each is a reject naming its field, stored with a cut id and
     * reason, and lines at the limits in 3- and 4-byte characters are stored whole.
     */
    @Test
    void poisonLinesAreRejectsAndLinesAtTheLimitsAreStoredSoTheNightAndItsRerunComplete() throws Exception {
        LocalDate night = LocalDate.of(2024, 6, 20); // long before the other nights: their windows never reach it
        PoisonLines.write(inbox(), night);

        RunRecord run = runner.run(night, inbox());
        RunRecord rerun = runner.run(night, inbox());

        assertThat(run.status()).as(String.valueOf(run.message())).isEqualTo("COMPLETED");
        assertThat(run.rejected()).isEqualTo(PoisonLines.REJECTED.size());
        assertThat(run.evaluated()).isEqualTo(2);
        assertThat(ledger.rejects(night, 100)).filteredOn(r -> r.kind().equals("EVENT"))
                .extracting(r -> r.reason().substring(0, r.reason().indexOf(':')))
                .containsExactlyElementsOf(PoisonLines.REJECTED.values());
        assertThat(ledger.rejects(night, 100)).filteredOn(r -> r.kind().equals("CUSTOMER"))
                .extracting(r -> r.reason()).containsExactly("customerId: longer than 512 characters (600)",
                        "disability: contains the character U+0000 (at character 2)");
        assertThat(storedEventsFirstReadOn(night)).extracting(Event::getCustomerId).containsExactlyInAnyOrder(PoisonLines.CJK.repeat(512), "\ud83d\ude00".repeat(512));
        assertThat(storedEvents()).filteredOn(e -> e.getEventId().equals("p-cjk")).singleElement()
                .extracting(Event::getReasonText)
                .isEqualTo(PoisonLines.CJK.repeat(10_000));
        assertThat(rerun.status()).isEqualTo("COMPLETED");
        assertThat(List.of(rerun.read(), rerun.evaluated(), rerun.rejected(), rerun.violations()))
                .isEqualTo(List.of(run.read(), run.evaluated(), run.rejected(), run.violations()));
    }

    @Test
    void aFileThatCannotBeReadFailsTheNightWithoutAReportAndLogsOneLine(CapturedOutput output) throws Exception {
        LocalDate night = LocalDate.of(2026, 3, 15);
        Path folder = TestInbox.write(inbox(), night, 100, 1, 4);
        Files.write(folder.resolve("broken.jsonl.gz"), new byte[] {1, 2, 3});

        RunRecord run = runner.run(night, inbox());

        assertThat(run.status()).isEqualTo("FAILED");
        assertThat(run.message()).isEqualTo("cannot read " + folder.resolve("broken.jsonl.gz")
                + ": not a valid gzip file (it does not start with the gzip signature)");
        assertThat(output.getAll()).contains("night 2026-03-15 failed: " + run.message())
                .doesNotContain("\tat com.servicepolicy").doesNotContain("Encountered an error executing step");
        assertThat(work.resolve("out").resolve(night.toString()).resolve("report.html")).doesNotExist();
    }

    @Test
    void filesNoReaderTakesAreListedAsUnreadOnceAndTheNightCompletes(CapturedOutput output) throws Exception {
        LocalDate night = LocalDate.of(2021, 6, 1); // before every other night: no window or prune of theirs reaches it
        Path folder = TestInbox.write(inbox(), night, 20, 1, 5);
        Files.writeString(folder.resolve("tickets.json"), "{\"tickets\":[]}"); // a Zendesk export without .zendesk
        Files.writeString(folder.resolve("events-01.jsonl.part"), "{}\n");     // an upload that did not finish
        var listed = tuple("events-01.jsonl.part", 0L, NightFiles.NOT_READ);
        var listedToo = tuple("tickets.json", 0L, NightFiles.NOT_READ);

        RunRecord run = runner.run(night, inbox());
        // the ingest step of an interrupted attempt runs again on restart: it must not list the files twice
        unreadFiles.record(new Night(night, inbox(), ZoneOffset.UTC), NightFiles.of(folder).unread());

        assertThat(run.status()).isEqualTo("COMPLETED");
        assertThat(run.read()).as("no line of an unread file is counted").isEqualTo(run.evaluated() + run.duplicates()
                + run.rejected());
        assertThat(unreadRejects(night)).as("listed once, though the step ran again").containsExactly(listed, listedToo);
        assertThat(output.getAll()).contains("tickets.json: " + NightFiles.NOT_READ);
        assertThat(Files.readString(work.resolve("out").resolve(night.toString()).resolve("report.html")))
                .contains("tickets.json").contains("events-01.jsonl.part")
                .contains("(" + run.rejected() + " event lines; the first ");

        RunRecord rerun = runner.run(night, inbox()); // a new attempt starts the night's detail afresh

        assertThat(unreadRejects(night)).containsExactly(listed, listedToo);
        assertThat(List.of(rerun.read(), rerun.rejected())).isEqualTo(List.of(run.read(), run.rejected()));
    }

    private List<org.assertj.core.groups.Tuple> unreadRejects(LocalDate night) {
        return ledger.rejects(night, 100).stream().filter(r -> r.kind().equals(RejectedLine.FILE))
                .map(r -> tuple(r.source(), r.line(), r.reason())).toList();
    }

    /** The store keeps status changes, priority changes, internal notes and queues, so the night judges them too. */
    @Test
    void theReportCountsAndListsTheDataQualityFindingsOfTheNightAndAnImportersFileIsReadFromTheInbox() throws Exception {
        LocalDate night = LocalDate.of(2023, 1, 15); // long before the other nights: no window or prune of theirs reaches it
        Path folder = Files.createDirectories(inbox().resolve(night.toString()));
        String day = "2023-01-15T";
        Files.writeString(folder.resolve("quality.jsonl"), String.join("\n",
                event("dq-1o", "OPENED", day + "08:00:00Z", "dq-c1", "DQ-1", ",\"channel\":\"EMAIL\",\"priority\":\"NORMAL\""),
                event("dq-1r", "AGENT_REPLY", day + "09:00:00Z", "dq-c1", "DQ-1", ""),
                event("dq-2r", "AGENT_REPLY", day + "09:00:00Z", "dq-c2", "DQ-2", ""),               // never opened
                event("dq-3o", "OPENED", day + "08:00:00Z", "dq-c3", "DQ-3", ""),
                event("dq-3o2", "OPENED", day + "08:30:00Z", "dq-c3", "DQ-3", ""),                   // opened twice
                event("dq-4o", "OPENED", day + "10:00:00Z", "dq-c4", "DQ-4", ""),
                event("dq-4x", "RESOLVED", day + "09:00:00Z", "dq-c4", "DQ-4", "")) + "\n");       // resolved first
        Files.copy(project("samples/real/incidents.servicenow.csv"), folder.resolve("incidents.servicenow.csv"));

        RunRecord run = runner.run(night, inbox());

        assertThat(run.status()).isEqualTo("COMPLETED");
        Findings found = dataQuality.of(night, 20);
        assertThat(found.counts()).isEqualTo(Map.of(FindingKind.NEVER_OPENED, 1L, FindingKind.SECOND_OPENED, 1L,
                FindingKind.RESOLVED_BEFORE_OPENED, 1L));
        assertThat(found.listed(FindingKind.NEVER_OPENED)).extracting(f -> f.subject()).containsExactly("DQ-2");
        // what evaluate gathered as it read the histories is what a restarted night reads from the store again
        Night judged = new Night(night, inbox(), properties.zone());
        assertSameFindings(nightQuality.of(judged), found);
        nightQuality.startGathering(-7, judged);   // gathered nothing, then resumed: the store is read
        nightQuality.gathered(-7);
        assertSameFindings(nightQuality.of(judged, -8), found);
        nightQuality.startGathering(-7, judged);
        nightQuality.forget();
        assertSameFindings(nightQuality.of(judged, -7), found);
        String report = Files.readString(work.resolve("out").resolve(night.toString()).resolve("report.html"));
        assertThat(report).contains("Data-quality findings", "NEVER_OPENED", "SECOND_OPENED", "RESOLVED_BEFORE_OPENED",
                "DQ-2", "DQ-3", "DQ-4").doesNotContain("EVENTS_BEFORE_OPENED");
        // the importer's 290 events (of 2016, older than the retention) were read and accounted beside the 7 lines
        assertThat(run.evaluated()).isEqualTo(7 + 290);
        assertThat(run.rejected()).isZero();

        runner.run(night, inbox()); // a rerun stores the findings again in place of the first ones
        assertThat(dataQuality.of(night, 20)).isEqualTo(found);
    }

    private static void assertSameFindings(Findings actual, Findings expected) {
        assertThat(actual.counts()).isEqualTo(expected.counts());
        for (FindingKind kind : FindingKind.values()) {
            assertThat(actual.listed(kind)).extracting(f -> f.subject())
                    .containsExactlyElementsOf(expected.listed(kind).stream().map(f -> f.subject()).toList());
        }
    }

    private static String event(String id, String type, String at, String customer, String interaction, String extra) {
        return "{\"eventId\":\"" + id + "\",\"type\":\"" + type + "\",\"at\":\"" + at + "\",\"customerId\":\""
                + customer + "\",\"interactionId\":\"" + interaction + "\"" + extra + "}";
    }

    private static Path project(String path) {
        Path here = Path.of(path);
        return Files.exists(here) ? here : Path.of("..").resolve(path);
    }

    @Test
    void aNightJudgesPausesPriorityChangesAndInternalNotesAsTheEngine() throws Exception {
        LocalDate night = LocalDate.of(2026, 3, 24);
        Path folder = inbox().resolve(night.toString());
        Files.createDirectories(folder);
        Files.copy(Path.of("samples/events.jsonl"), folder.resolve("events.jsonl"));

        RunRecord run = runner.run(night, inbox());

        assertThat(run.status()).isEqualTo("COMPLETED");
        List<Event> events = new ArrayList<>();
        new EventLogReader().read(folder.resolve("events.jsonl"), events::add);
        List<String> expected = new Evaluator(RuleSetLoader.load(Path.of("rules")))
                .evaluate(events, List.of(), Instant.ofEpochMilli(new Night(night, inbox(), ZoneOffset.UTC).asOf()))
                .violations().stream().filter(v -> v.customerId() != null && v.customerId().startsWith("cust-"))
                .map(v -> v.code() + " " + v.subject() + " " + v.severity() + " " + v.measured() + " " + v.serviceLevel())
                .sorted().toList();
        List<String> stored = violations.seenBy(night).stream()
                .filter(v -> v.customerId() != null && v.customerId().startsWith("cust-"))
                .map(v -> v.code() + " " + v.subject() + " " + v.severity() + " " + v.measured() + " " + v.serviceLevel())
                .sorted().toList();
        assertThat(expected).anyMatch(v -> v.startsWith("RESP-003 T-1009 MINOR"))
                .anyMatch(v -> v.startsWith("RESP-001 T-1012")).anyMatch(v -> v.startsWith("RESP-001 T-1010 MAJOR"));
        assertThat(stored).isEqualTo(expected);
    }

    @Test
    void fairnessAuditJudgesTheSameAsTheEngineFedTheWholeLog() throws Exception {
        LocalDate night = LocalDate.of(2026, 9, 1); // far from the other nights: its 90-day window is its own
        Path folder = TestInbox.write(inbox(), night, 2_000, 2, 11);

        RunRecord run = runner.run(night, inbox());

        assertThat(run.status()).isEqualTo("COMPLETED");
        Map<String, Event> events = new LinkedHashMap<>();
        for (String file : List.of("events-00.jsonl", "events-01.jsonl")) {
            new EventLogReader((id, src, line) -> true).read(folder.resolve(file), e -> events.putIfAbsent(e.getEventId(), e));
        }
        List<Customer> customers = List.copyOf(CustomerFileReader.readAll(folder.resolve("customers.csv"), r -> { }).values());
        List<Violation> expected = new Evaluator(RuleSetLoader.load(Path.of("rules")))
                .evaluate(events.values(), customers, Instant.ofEpochMilli(new Night(night, inbox(), ZoneOffset.UTC).asOf()))
                .violations().stream().filter(v -> v.code().equals("FAIR-003")).toList();
        assertThat(expected).isNotEmpty();
        // the message carries both groups' counts and the p-value
        assertThat(jdbc.queryForList("SELECT v.subject || ': ' || v.message FROM violations v JOIN run_violations rv"
                + " ON rv.code = v.code AND rv.subject = v.subject WHERE rv.run_date = ? AND v.code = 'FAIR-003'"
                + " ORDER BY v.subject", String.class, night))
                .isEqualTo(expected.stream().map(v -> v.subject() + ": " + v.message()).toList());
    }

    private long countViolations() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM violations", Long.class);
    }

    static String[] properties(String url) throws IOException {
        return new String[] {"spring.datasource.url=" + url, "spring.datasource.username=" + Databases.user(url),
            "evaluator.batch.out=" + work.resolve("out"), "evaluator.batch.chunk-lines=500",
            "evaluator.batch.chunk-customers=50", "evaluator.batch.scheduled=false"};
    }
}
