package com.servicepolicy.evaluator.store;

import com.servicepolicy.evaluator.night.IngestLedger;
import com.servicepolicy.evaluator.night.RunDetail;
import com.servicepolicy.evaluator.night.RunFigures;
import com.servicepolicy.evaluator.night.RunStore;
import com.servicepolicy.evaluator.night.ViolationStore;
import com.servicepolicy.evaluator.night.DuplicateLine;
import com.servicepolicy.evaluator.night.Origin;
import com.servicepolicy.evaluator.night.RejectedLine;
import com.servicepolicy.evaluator.night.SeenViolation;

import com.servicepolicy.evaluator.policy.Severity;
import com.servicepolicy.evaluator.policy.Violation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which violations a night saw and where its duplicate lines were first read are kept for a while; its counts,
 * and so its report and the trend, for ever. On H2 and on the real PostgreSQL (never skipped).
 */
class RunDetailTest {
    private static final LocalDate FIRST = LocalDate.of(2026, 3, 2);
    private static final LocalDate SECOND = FIRST.plusDays(1);
    private static final LocalDate THIRD = FIRST.plusDays(2);

    /**
     * A source row of an importer can hold several events (a ServiceNow update that changes status and priority):
     * both kept when both are duplicates (a re-sent export) or both rejected; the key on the line failed the night.
     */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void everyDuplicateOrRejectedEventOfOneSourceLineIsKept(String database) {
        JdbcTemplate jdbc = new JdbcTemplate(StoreDatabase.migrated(database).dataSource());
        var ledger = new JdbcIngestLedger(jdbc);
        Origin first = new Origin(FIRST.minusDays(1), "a.servicenow.csv", 61);

        ledger.addDuplicates(FIRST, List.of(new DuplicateLine("a.servicenow.csv", 61, "INC1-status", first),
                new DuplicateLine("a.servicenow.csv", 61, "INC1-priority", first)));
        ledger.addRejects(FIRST, List.of(new RejectedLine("a.servicenow.csv", 62, "EVENT", "INC2-status", "at: bad"),
                new RejectedLine("a.servicenow.csv", 62, "EVENT", "INC2-priority", "at: bad")));

        assertThat(ledger.countDuplicates(FIRST)).isEqualTo(2);
        assertThat(ledger.countRejects(FIRST)).isEqualTo(2);
        assertThat(ledger.rejects(FIRST, 10)).extracting(RejectedLine::eventId)
                .containsExactlyInAnyOrder("INC2-status", "INC2-priority");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void forgetsTheListsOfCompletedNightsBeforeTheCutoffButNotTheirCountsNorTheirFairnessRows(String database) {
        var dataSource = StoreDatabase.migrated(database).dataSource();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        var transactions = new DataSourceTransactionManager(dataSource);
        var violations = new JdbcViolationStore(jdbc, new NamedParameterJdbcTemplate(jdbc), transactions);
        var runs = new JdbcRunStore(jdbc);
        var figures = new JdbcRunFigures(jdbc);
        var detail = new JdbcRunDetail(jdbc, transactions);
        var ledger = new JdbcIngestLedger(jdbc);
        LocalDate unfinished = FIRST.minusDays(1); // killed, not yet restarted: its restart counts from its list
        for (LocalDate night : List.of(unfinished, FIRST, SECOND, THIRD)) {
            runs.beginAttempt(night, 1, 0, 0);
            violations.recordSeen(night, List.of(seen("RESP-001", "a", Severity.MAJOR), seen("RESP-001", "b",
                    Severity.MAJOR), seen("FUP-001", "c", Severity.MINOR), seen("FAIR-003", "gender=x", Severity.CRITICAL)));
            ledger.addDuplicates(night, List.of(new DuplicateLine("events.jsonl", 7, "e-1",
                    new Origin(night.minusDays(1), "events.jsonl", 3))));
            if (!night.equals(unfinished)) {
                figures.countSeenViolations(night);
                runs.complete(night, 4, 4, 0);
            }
        }
        Map<String, Long> firstByCode = figures.seenBy(FIRST, "code");
        var trend = figures.trend(THIRD, 30);

        long deleted = detail.forgetNightsBefore(THIRD, List.of("FAIR-003"));

        assertThat(deleted).as("3 violations and 1 duplicate line of each of 2 nights").isEqualTo(2 * (3 + 1));
        assertThat(codesSeen(jdbc, FIRST)).containsExactly("FAIR-003");
        assertThat(codesSeen(jdbc, SECOND)).containsExactly("FAIR-003");
        assertThat(codesSeen(jdbc, THIRD)).containsExactly("FAIR-003", "FUP-001", "RESP-001", "RESP-001");
        assertThat(codesSeen(jdbc, unfinished)).hasSize(4);
        assertThat(List.of(FIRST, SECOND, THIRD, unfinished)).extracting(ledger::countDuplicates)
                .containsExactly(0L, 0L, 1L, 1L);
        assertThat(List.of(FIRST, SECOND, THIRD, unfinished)).extracting(n -> runs.find(n).orElseThrow()
                .violationDetailKept()).containsExactly(false, false, true, true);
        assertThat(firstByCode).containsExactly(Map.entry("FAIR-003", 1L), Map.entry("FUP-001", 1L),
                Map.entry("RESP-001", 2L));
        assertThat(figures.seenBy(FIRST, "code")).isEqualTo(firstByCode);
        assertThat(figures.seenBy(FIRST, "severity")).containsExactly(Map.entry("CRITICAL", 1L),
                Map.entry("MAJOR", 2L), Map.entry("MINOR", 1L));
        assertThat(figures.trend(THIRD, 30)).isEqualTo(trend).containsKeys(FIRST, SECOND, THIRD);
        assertThat(violations.subjectsSeenBy(FIRST, "FAIR-003")).containsExactly("gender=x");
        assertThat(detail.forgetNightsBefore(THIRD, List.of("FAIR-003"))).as("already forgotten").isZero();

        runs.beginAttempt(FIRST, 2, 0, 0); // a rerun records the night's list again
        assertThat(runs.find(FIRST).orElseThrow().violationDetailKept()).isTrue();
        assertThat(figures.seenBy(FIRST, "code")).as("counted again when the rerun ends").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void theMigrationCountsTheNightsAlreadyStored(String database) {
        StoreDatabase db = StoreDatabase.fresh(database).migrateTo("7");
        JdbcTemplate jdbc = db.jdbc();
        jdbc.update("INSERT INTO nightly_runs (run_date, attempt, status, as_of_ms, started_ms) VALUES (?, 1,"
                + " 'COMPLETED', 0, 0)", FIRST);
        for (String subject : List.of("a", "b", "c")) {
            jdbc.update("INSERT INTO run_violations (run_date, code, subject, severity, policy) VALUES (?, ?, ?, ?,"
                    + " 'responsiveness')", FIRST, subject.equals("c") ? "RESP-002" : "RESP-001", subject,
                    subject.equals("c") ? "MINOR" : "MAJOR");
        }

        db.migrateTo("latest");

        RunFigures figures = new JdbcRunFigures(jdbc);
        assertThat(figures.seenBy(FIRST, "code")).containsExactly(Map.entry("RESP-001", 2L), Map.entry("RESP-002", 1L));
        assertThat(figures.seenBy(FIRST, "policy")).containsExactly(Map.entry("responsiveness", 3L));
        assertThat(new JdbcRunStore(jdbc).find(FIRST).orElseThrow().violationDetailKept()).isTrue();
    }

    private static List<String> codesSeen(JdbcTemplate jdbc, LocalDate night) {
        return jdbc.queryForList("SELECT code FROM run_violations WHERE run_date = ? ORDER BY code, subject",
                String.class, night);
    }

    private static SeenViolation seen(String code, String subject, Severity severity) {
        return new SeenViolation(new Violation(code, "title", code.startsWith("FAIR") ? "non-discrimination"
                : "responsiveness", severity, subject, "C-" + subject, null, null, Double.NaN, null, null, "message",
                List.of(), "Report it", null), null);
    }
}
