package com.servicepolicy.evaluator.store;

import com.servicepolicy.evaluator.night.CustomerChoice;
import com.servicepolicy.evaluator.night.SeenViolation;
import com.servicepolicy.evaluator.policy.RecommendedAction;
import com.servicepolicy.evaluator.policy.Severity;
import com.servicepolicy.evaluator.policy.Violation;
import com.servicepolicy.evaluator.store.sql.ViolationMerges;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Query plans on PostgreSQL, the production store, where a plan made a night's step quadratic. */
class PostgresQueryPlanTest {
    private static final LocalDate NIGHT = LocalDate.of(2026, 3, 2);

    /**
     * A resumed night's findings page through the night's chosen customers, which the evaluate step has written: once
     * the list is analysed (as the evaluate step does at its end), each page comes from the primary key in its order
     * and stops at the limit. Never analysed, PostgreSQL took the list for a few rows, read every customer after the restart point
     * and sorted them for each page: 54 ms a page at 468k customers, 25 s of a 1M-interaction night.
     */
    @Test
    void theNextChunkOfAnAnalysedNightsCustomersIsReadFromTheKeyWithoutASort() {
        JdbcTemplate jdbc = StoreDatabase.migrated("postgres").jdbc();
        new JdbcRunCustomerStore(new NamedParameterJdbcTemplate(jdbc)).add(NIGHT, IntStream.range(0, 50_000)
                .mapToObj(i -> new CustomerChoice("C" + i, true, 1, 0)).toList());

        new JdbcTableUpkeep(jdbc).analyse("run_customers");

        String plan = String.join("\n", jdbc.queryForList("EXPLAIN " + JdbcRunCustomerStore.NEXT_CHUNK
                .replace(":date", "DATE '2026-03-02'").replace(":after", "''").replace(":limit", "1000"), String.class));
        assertThat(plan).contains("Index Scan using run_customers_pkey").doesNotContain("Sort");
    }

    /**
     * A night's chunk merges its violations into tables that grow all night and are not analysed meanwhile. Each
     * source row probes the target's key: the planner, left to itself, hashed the whole target table for every chunk
     * (the control below), which made a 1M-interaction night's merges grow with the square of its violations.
     */
    @Test
    void aChunksViolationsProbeTheKeyOfTablesThatGrewUnanalysed() throws SQLException {
        StoreDatabase store = StoreDatabase.migrated("postgres");
        JdbcTemplate jdbc = store.jdbc();
        jdbc.execute("ALTER TABLE violations SET (autovacuum_enabled = false)");
        jdbc.execute("ALTER TABLE run_violations SET (autovacuum_enabled = false)");
        new JdbcViolationStore(jdbc, new NamedParameterJdbcTemplate(jdbc), new DataSourceTransactionManager(
                store.dataSource())).recordSeen(NIGHT, violations(0, 40_000));

        try (Connection connection = store.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            PostgresSeenViolations.stage(connection, NIGHT, violations(40_000, 1_000));
            String freeViolations = plan(connection, PostgresSeenViolations.MERGE_VIOLATIONS);
            String freeRuns = plan(connection, PostgresSeenViolations.MERGE_RUN_VIOLATIONS);
            try (Statement statement = connection.createStatement()) {
                statement.execute(ViolationMerges.POSTGRES_PROBE_BY_KEY);
            }
            assertThat(List.of(setting(connection, "enable_hashjoin"), setting(connection, "enable_mergejoin")))
                    .containsExactly("off", "off");
            String violations = plan(connection, PostgresSeenViolations.MERGE_VIOLATIONS);
            String runs = plan(connection, PostgresSeenViolations.MERGE_RUN_VIOLATIONS);
            connection.rollback();

            assertThat(freeViolations + freeRuns).as("the planner's own choice, which the settings overrule")
                    .contains("Seq Scan on violations", "Seq Scan on run_violations");
            assertThat(violations).contains("Nested Loop", "Index Scan using violations_pkey")
                    .doesNotContain("Seq Scan on violations");
            assertThat(runs).contains("Nested Loop", "Index Scan using run_violations_pkey")
                    .doesNotContain("Seq Scan on run_violations");
        }
    }

    private static String setting(Connection connection, String name) throws SQLException {
        try (Statement show = connection.createStatement(); ResultSet rs = show.executeQuery("SHOW " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String plan(Connection connection, String statement) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Statement explain = connection.createStatement(); ResultSet rs = explain.executeQuery("EXPLAIN " + statement)) {
            while (rs.next()) {
                lines.add(rs.getString(1));
            }
        }
        return String.join("\n", lines);
    }

    private static List<SeenViolation> violations(int from, int count) {
        return IntStream.range(from, from + count).mapToObj(i -> new SeenViolation(new Violation("RESP-001",
                "Reply late", "responsiveness", Severity.MAJOR, "I" + i, "C" + i, "I" + i, "E" + i, 2.0, 1.0, "h",
                "2 h late", List.of(new RecommendedAction("CALL_BACK", "call")), "Report a late reply", "default"),
                "A-1", "EMAIL")).toList();
    }
}
