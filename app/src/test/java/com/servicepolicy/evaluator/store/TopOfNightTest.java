package com.servicepolicy.evaluator.store;

import com.servicepolicy.evaluator.night.SeenViolation;
import com.servicepolicy.evaluator.policy.Severity;
import com.servicepolicy.evaluator.policy.Violation;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** On H2 the night's top violations are kept in a heap while the rows stream by: the same as the database's sort. */
class TopOfNightTest {
    private static final LocalDate NIGHT = LocalDate.of(2026, 3, 2);

    @Test
    void keepsTheViolationsTheDatabasesOwnSortPutsFirst() {
        var dataSource = StoreDatabase.migrated("h2").dataSource();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        var store = new JdbcViolationStore(jdbc, new NamedParameterJdbcTemplate(jdbc), new DataSourceTransactionManager(dataSource));
        Random random = new Random(7);
        List<SeenViolation> seen = new ArrayList<>();
        Severity[] severities = Severity.values();
        for (int i = 0; i < 3_000; i++) { // few distinct measures and thresholds: many ties, broken by code and subject
            Double measured = random.nextInt(5) == 0 ? null : (double) random.nextInt(6);
            Double threshold = random.nextInt(4) == 0 ? 0.0 : random.nextInt(3) + 1.0;
            seen.add(new SeenViolation(new Violation("RESP-00" + random.nextInt(3), "late", "responsiveness",
                    severities[random.nextInt(severities.length)], "S-" + random.nextInt(100_000), "C", "I", "E",
                    measured == null ? Double.NaN : measured, threshold, "hours", "m", List.of(), "rule", null), null));
        }
        store.recordSeen(NIGHT, seen);
        store.recordSeen(NIGHT.plusDays(1), seen.subList(0, 100)); // another night's rows are not this night's

        long nightRows = jdbc.queryForObject("SELECT COUNT(*) FROM run_violations WHERE run_date = ?", Long.class, NIGHT);
        assertThat(nightRows).isGreaterThan(2_900);
        for (int limit : new int[] {0, 1, 10, 250, 5_000}) {
            List<String> sorted = jdbc.query(TopOfNight.SORTED, (rs, i) -> rs.getString(1) + "/" + rs.getString(2), NIGHT, limit);
            List<String> kept = TopOfNight.keys(jdbc, false, NIGHT, limit).stream().map(k -> k[0] + "/" + k[1]).toList();
            assertThat(sorted).hasSize((int) Math.min(limit, nightRows));
            assertThat(kept).as("limit %d", limit).isEqualTo(sorted);
        }
    }
}
