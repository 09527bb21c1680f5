package com.servicepolicy.evaluator.store;

import com.servicepolicy.evaluator.night.ViolationStore;
import com.servicepolicy.evaluator.night.SeenViolation;
import com.servicepolicy.evaluator.night.StoredViolation;

import com.servicepolicy.evaluator.policy.RecommendedAction;
import com.servicepolicy.evaluator.policy.Severity;
import com.servicepolicy.evaluator.policy.Violation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The violations store writes a night's violations a few hundred per statement: every one must land once per
 * (code, subject), whatever the batch boundaries, on H2 and on the real PostgreSQL (never skipped), where they go
 * through a temporary table instead (PostgresSeenViolations).
 */
class ViolationStoreTest {
    private static final LocalDate FIRST = LocalDate.of(2026, 3, 2);
    private static final LocalDate SECOND = FIRST.plusDays(1);

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void recordsEveryViolationOnceAcrossStatementBoundaries(String database) {
        ViolationStore store = store(database);
        List<SeenViolation> seen = IntStream.range(0, 601).mapToObj(i -> seen("R-" + i, "measured " + i, i))
                .toList();

        store.recordSeen(FIRST, seen);
        store.recordSeen(FIRST, seen); // a rerun of the night

        assertThat(store.countSeen(FIRST)).containsExactly(601, 601);
        List<StoredViolation> stored = store.seenBy(FIRST);
        assertThat(stored).hasSize(601);
        StoredViolation v = stored.stream().filter(s -> s.subject().equals("R-600")).findFirst().orElseThrow();
        assertThat(v.message()).isEqualTo("measured 600");
        assertThat(v.measured()).isEqualTo(600.0);
        assertThat(v.agentId()).isEqualTo("A-600");
        assertThat(v.actions()).containsExactly("ESCALATE", "CALL_BACK");
        assertThat(v.firstSeen()).isEqualTo(FIRST);
        assertThat(v.lastSeen()).isEqualTo(FIRST);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void aViolationRepeatedInOneCallIsRecordedOnceWithItsLastDetails(String database) {
        ViolationStore store = store(database);
        List<SeenViolation> seen = new ArrayList<>(List.of(seen("R-1", "first look", 1), seen("R-2", "other", 2)));
        seen.add(seen("R-1", "second look", 3));

        store.recordSeen(FIRST, seen);

        assertThat(store.countSeen(FIRST)).containsExactly(2, 2);
        assertThat(store.seenBy(FIRST)).extracting(StoredViolation::message).containsExactly("second look", "other");
    }

    /** Two calls in one transaction (PostgreSQL's staging table would otherwise still hold the first call's rows). */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void aViolationRecordedTwiceInOneTransactionKeepsTheSecondDetails(String database) {
        JdbcTemplate jdbc = StoreDatabase.migrated(database).jdbc();
        ViolationStore store = new JdbcViolationStore(jdbc, new NamedParameterJdbcTemplate(jdbc),
                new DataSourceTransactionManager(jdbc.getDataSource()));

        StoreDatabase.inTransaction(jdbc, () -> {
            store.recordSeen(FIRST, List.of(seen("R-1", "first look", 1), seen("R-2", "other", 2)));
            store.recordSeen(FIRST, List.of(seen("R-1", "second look", 3)));
        });

        assertThat(store.countSeen(FIRST)).containsExactly(2, 2);
        assertThat(store.seenBy(FIRST)).extracting(StoredViolation::message).containsExactly("second look", "other");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void aLaterNightMovesLastSeenKeepsFirstSeenAndRefreshesDetails(String database) {
        ViolationStore store = store(database);
        store.recordSeen(FIRST, List.of(seen("R-1", "2 h late", 2), seen("R-2", "1 h late", 1)));

        store.recordSeen(SECOND, List.of(seen("R-1", "5 h late", 5), seenWithoutMeasure("R-3")));

        assertThat(store.countSeen(SECOND)).containsExactly(2, 1);
        List<StoredViolation> second = store.seenBy(SECOND);
        assertThat(second).extracting(StoredViolation::subject).containsExactly("R-1", "R-3");
        assertThat(second.get(0).firstSeen()).isEqualTo(FIRST);
        assertThat(second.get(0).lastSeen()).isEqualTo(SECOND);
        assertThat(second.get(0).message()).isEqualTo("5 h late");
        assertThat(second.get(1).measured()).isNull();
        assertThat(second.get(1).threshold()).isNull();
        assertThat(store.seenBy(FIRST)).extracting(StoredViolation::lastSeen).containsExactly(SECOND, FIRST);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void aViolationSeenAgainUnchangedMovesOnlyItsLastSeenNightAndAnEarlierNightNeverMovesItBack(String database) {
        ViolationStore store = store(database);
        store.recordSeen(SECOND, List.of(seen("R-1", "2 h late", 2)));

        store.recordSeen(SECOND.plusDays(1), List.of(seen("R-1", "2 h late", 2)));
        store.recordSeen(FIRST, List.of(seen("R-1", "2 h late", 2))); // an earlier night rerun later

        StoredViolation v = store.seenBy(FIRST).get(0);
        assertThat(v.firstSeen()).isEqualTo(FIRST);
        assertThat(v.lastSeen()).isEqualTo(SECOND.plusDays(1));
        assertThat(v.message()).isEqualTo("2 h late");
        assertThat(store.countSeen(SECOND.plusDays(1))).containsExactly(1, 0);
    }

    /**
     * Over nights that mix new and stored violations, with changed and unchanged details, a rerun, an earlier night
     * rerun later and a closed violation that comes back, the store's MERGEs of a few hundred violations leave both
     * tables exactly as the MERGE of one violation per statement leaves them (ids included), through a pool whose one
     * connection keeps its statements from one call to the next.
     */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void mergesInPartsWriteWhatOneViolationPerStatementWrites(String database) throws Exception {
        var dataSource = StoreDatabase.migrated(database).pooled(); // statements kept from night to night (H2)
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        ViolationStore store = new JdbcViolationStore(jdbc, new NamedParameterJdbcTemplate(jdbc),
                new DataSourceTransactionManager(dataSource));
        JdbcTemplate reference = new JdbcTemplate(StoreDatabase.migrated(database).dataSource());
        List<SeenViolation> first = IntStream.range(0, 620).mapToObj(i -> seen("R-" + i, "m " + i, i)).toList();
        List<SeenViolation> second = new ArrayList<>();
        IntStream.range(300, 1_000).forEach(i -> second.add(seen("R-" + i, "m " + (i % 7 == 0 ? i + 1 : i), i)));
        second.add(seenWithoutMeasure("R-5"));
        second.add(seenWithLongTexts("R-6"));
        List<SeenViolation> later = IntStream.range(500, 1_000)
                .mapToObj(i -> seen("R-" + i, "m " + (i % 3 == 0 ? i + 2 : i), i)).toList();
        record Night(LocalDate date, List<SeenViolation> seen) {
        }
        for (Night night : List.of(new Night(SECOND, first), new Night(SECOND, first),
                new Night(SECOND.plusDays(1), second), new Night(FIRST, second.subList(0, 400)),
                new Night(SECOND.plusDays(2), later))) {
            if (night.date().equals(SECOND.plusDays(2))) { // people closed some through the night before
                for (JdbcTemplate db : List.of(jdbc, reference)) {
                    db.update("UPDATE violations SET status = 'RESOLVED', closed_through = ? WHERE subject LIKE 'R-9%'",
                            SECOND.plusDays(1));
                }
            }
            store.recordSeen(night.date(), night.seen());
            reference.execute((org.springframework.jdbc.core.ConnectionCallback<Void>) con -> {
                for (SeenViolation s : night.seen()) {
                    try (var ps = con.prepareStatement(com.servicepolicy.evaluator.store.sql.ViolationMerges.violations(1))) {
                        com.servicepolicy.evaluator.store.sql.ViolationMerges.bindViolation(ps, 1, night.date(),
                                s.violation(), s.agentId(), s.queue());
                        ps.executeUpdate();
                    }
                    try (var ps = con.prepareStatement(com.servicepolicy.evaluator.store.sql.ViolationMerges.runViolations(1))) {
                        com.servicepolicy.evaluator.store.sql.ViolationMerges.bindRunViolation(ps, 1, night.date(),
                                s.violation());
                        ps.executeUpdate();
                    }
                }
                return null;
            });
        }
        for (String table : List.of("violations", "run_violations")) {
            String all = "SELECT * FROM " + table + " ORDER BY code, subject" + (table.equals("violations") ? "" : ", run_date");
            assertThat(jdbc.queryForList(all)).as(table).hasSizeGreaterThan(900).isEqualTo(reference.queryForList(all));
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM violations WHERE returned_run_date IS NOT NULL",
                Long.class)).as("closed violations that came back with other details").isPositive();
        dataSource.close();
    }

    private static SeenViolation seen(String subject, String message, double measured) {
        return new SeenViolation(new Violation("RESP-001", "Reply late", "responsiveness", Severity.MAJOR, subject,
                "C-" + subject, "I-" + subject, "E-" + subject, measured, 1.0, "hours", message,
                List.of(new RecommendedAction("ESCALATE", "escalate"), new RecommendedAction("CALL_BACK", "call")),
                "Report a late reply", "default"), "A-" + subject.substring(2));
    }

    private static SeenViolation seenWithoutMeasure(String subject) {
        return new SeenViolation(new Violation("RESP-001", "Reply late", "responsiveness", Severity.MAJOR, subject,
                null, null, null, Double.NaN, null, null, "no measure", List.of(), "Report a late reply", null), null);
    }

    /** Texts longer than their columns: cut alike by every path (the statements' casts). */
    private static SeenViolation seenWithLongTexts(String subject) {
        return new SeenViolation(new Violation("RESP-001", "Reply late", "responsiveness", Severity.MAJOR, subject,
                "C-" + subject, "I-" + subject, "E-" + subject, 2.0, 1.0, "hours", "long texts", List.of(),
                "r".repeat(600), "d".repeat(300)), "a".repeat(400));
    }

    private static ViolationStore store(String database) {
        var dataSource = StoreDatabase.migrated(database).dataSource();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        return new JdbcViolationStore(jdbc, new NamedParameterJdbcTemplate(jdbc),
                new DataSourceTransactionManager(dataSource));
    }
}
