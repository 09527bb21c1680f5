package com.servicepolicy.evaluator.store;

import com.servicepolicy.evaluator.night.CustomerChoice;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Query plans on PostgreSQL, the production store, where a plan made a night's step quadratic. */
class PostgresQueryPlanTest {
    private static final LocalDate NIGHT = LocalDate.of(2026, 3, 2);

    /**
     * The evaluate step pages through the night's customers, which the choose step has just written: once the list
     * is analysed (as the choose step does), each page comes from the primary key in its order and stops at the
     * limit. Never analysed, PostgreSQL took the list for a few rows, read every customer after the restart point
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
}
