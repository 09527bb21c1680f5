package com.servicepolicy.evaluator.store;

import com.servicepolicy.evaluator.night.AuditEntry;
import com.servicepolicy.evaluator.night.Finding;
import com.servicepolicy.evaluator.night.FindingChange;
import com.servicepolicy.evaluator.night.FindingSort;
import com.servicepolicy.evaluator.night.FindingStatus;
import com.servicepolicy.evaluator.night.Findings;
import com.servicepolicy.evaluator.night.SeenViolation;
import com.servicepolicy.evaluator.night.ViolationFilter;
import com.servicepolicy.evaluator.night.ViolationStore;
import com.servicepolicy.evaluator.policy.RecommendedAction;
import com.servicepolicy.evaluator.policy.Severity;
import com.servicepolicy.evaluator.policy.Violation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People's work on violations survives the nights, on H2 and on the real PostgreSQL (never skipped): a rerun never
 * reopens what a person closed, a later night that finds a closed violation with other details marks it as come
 * back, and every change is in the audit trail.
 */
class FindingsStoreTest {
    private static final LocalDate NIGHT = LocalDate.of(2026, 3, 2);
    private static final Instant NOON = Instant.parse("2026-03-03T12:00:00Z");

    private ViolationStore violations;
    private Findings findings;

    private void open(String database) {
        var dataSource = StoreDatabase.migrated(database).dataSource();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        var tx = new DataSourceTransactionManager(dataSource);
        violations = new JdbcViolationStore(jdbc, new NamedParameterJdbcTemplate(jdbc), tx);
        findings = new JdbcFindings(jdbc, tx);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void aRerunNeverReopensWhatAPersonClosedAndALaterNightWithOtherDetailsSaysItCameBack(String database) {
        open(database);
        violations.recordSeen(NIGHT, List.of(seen("T-1", Severity.MAJOR, 5, "EMAIL/HIGH"), seen("T-2", Severity.MINOR, 2, "vip")));
        long id = idOf("T-1");

        change(id, "ACKNOWLEDGED", FindingStatus.ACKNOWLEDGED, null, false, false, null, "ann");
        change(id, "ASSIGNED", FindingStatus.ACKNOWLEDGED, "bob", false, false, null, "ann");
        change(id, "RESOLVED", FindingStatus.RESOLVED, "bob", true, false, "called the customer back", "bob");
        violations.recordSeen(NIGHT, List.of(seen("T-1", Severity.CRITICAL, 9, "EMAIL/HIGH"))); // rerun, other rules
        violations.recordSeen(NIGHT.plusDays(1), List.of(seen("T-1", Severity.CRITICAL, 9, "EMAIL/HIGH"))); // same again

        Finding f = findings.find(id).orElseThrow();
        assertThat(f.status()).isEqualTo(FindingStatus.RESOLVED);
        assertThat(f.assignee()).isEqualTo("bob");
        assertThat(f.closedThrough()).isEqualTo(NIGHT);
        assertThat(f.returnedOn()).isNull();
        assertThat(f.queue()).isEqualTo("EMAIL/HIGH");

        violations.recordSeen(NIGHT.plusDays(2), List.of(seen("T-1", Severity.CRITICAL, 33, "EMAIL/HIGH")));
        f = findings.find(id).orElseThrow();
        assertThat(f.status()).isEqualTo(FindingStatus.RESOLVED);
        assertThat(f.returnedOn()).isEqualTo(NIGHT.plusDays(2));
        assertThat(f.violation().measured()).isEqualTo(33.0);
        assertThat(findings.search(new ViolationFilter(null, null, null, null, null, null, null, null, null, true),
                FindingSort.LAST_SEEN, true, 0, 10).items()).extracting(Finding::id).containsExactly(id);

        List<AuditEntry> audit = findings.audit(id);
        assertThat(audit).extracting(AuditEntry::action).containsExactly("ACKNOWLEDGED", "ASSIGNED", "RESOLVED");
        assertThat(audit).extracting(AuditEntry::actor).containsExactly("ann", "ann", "bob");
        assertThat(audit.get(2).note()).isEqualTo("called the customer back");
        assertThat(audit.get(2).at()).isEqualTo(NOON);
        assertThat(findings.nightsThatSaw(id)).containsExactly(NIGHT, NIGHT.plusDays(1), NIGHT.plusDays(2));

        change(id, "REOPENED", FindingStatus.OPEN, "bob", false, true, "still late", "ann");
        f = findings.find(id).orElseThrow();
        assertThat(f.closedThrough()).isNull();
        assertThat(f.returnedOn()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void filtersByQueueAndStatusSortAndPage(String database) {
        open(database);
        violations.recordSeen(NIGHT, List.of(seen("T-1", Severity.MINOR, 5, "vip"), seen("T-2", Severity.CRITICAL, 2, "vip"),
                seen("T-3", Severity.MAJOR, 7, "EMAIL/LOW"), seen("T-4", Severity.INFO, 1, null)));
        change(idOf("T-3"), "ACKNOWLEDGED", FindingStatus.ACKNOWLEDGED, null, false, false, null, "ann");

        assertThat(subjects(filter("vip", null), FindingSort.SEVERITY, false)).containsExactly("T-2", "T-1");
        assertThat(subjects(filter(null, FindingStatus.ACKNOWLEDGED), FindingSort.LAST_SEEN, true)).containsExactly("T-3");
        assertThat(subjects(filter(null, FindingStatus.OPEN), FindingSort.QUEUE, false))
                .containsExactly("T-1", "T-2", "T-4"); // "vip" twice, then no queue last
        assertThat(subjects(ViolationFilter.ALL, FindingSort.MEASURED, true)).containsExactly("T-3", "T-1", "T-2", "T-4");
        var page = findings.search(ViolationFilter.ALL, FindingSort.SEVERITY, false, 1, 3);
        assertThat(page.total()).isEqualTo(4);
        assertThat(page.items()).extracting(f -> f.violation().subject()).containsExactly("T-4");
        assertThat(findings.topOfNight(NIGHT, 2)).extracting(f -> f.violation().subject()).containsExactly("T-2", "T-3");
    }

    private List<String> subjects(ViolationFilter filter, FindingSort sort, boolean descending) {
        return findings.search(filter, sort, descending, 0, 50).items().stream().map(f -> f.violation().subject()).toList();
    }

    private static ViolationFilter filter(String queue, FindingStatus status) {
        return new ViolationFilter(null, null, null, queue, null, null, null, null, status, false);
    }

    private void change(long id, String action, FindingStatus status, String assignee, boolean closes, boolean reopens,
                        String note, String actor) {
        assertThat(findings.apply(id, new FindingChange(action, status, assignee, closes, reopens, note, actor, NOON)))
                .isTrue();
    }

    private long idOf(String subject) {
        return findings.search(ViolationFilter.ALL, FindingSort.CODE, false, 0, 50).items().stream()
                .filter(f -> f.violation().subject().equals(subject)).findFirst().orElseThrow().id();
    }

    private static SeenViolation seen(String subject, Severity severity, double measured, String queue) {
        return new SeenViolation(new Violation("RESP-001", "Reply late", "responsiveness", severity, subject,
                "C-" + subject, subject, "E-" + subject, measured, 1.0, "h", measured + " h late",
                List.of(new RecommendedAction("CALL_BACK", "call")), "Report a late reply", "default"), "A-1", queue);
    }
}
