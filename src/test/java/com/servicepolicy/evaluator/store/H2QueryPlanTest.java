package com.servicepolicy.evaluator.store;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evaluate step pages through the night's customers a chunk at a time. On H2 each page must be read in
 * key order from the primary key and stop at the limit; a sort of every remaining customer made the step
 * quadratic in the number of customers (most of its 104 s at 467k customers).
 */
class H2QueryPlanTest {
    @Test
    void theNextChunkOfCustomersIsReadInKeyOrderWithoutASort() {
        SingleConnectionDataSource db = new SingleConnectionDataSource("jdbc:h2:mem:plan" + System.nanoTime(), "sa",
                "", true);
        Flyway.configure().dataSource(db).load().migrate();

        String plan = new NamedParameterJdbcTemplate(db).queryForObject("EXPLAIN " + RunCustomerStore.NEXT_CHUNK,
                new MapSqlParameterSource("date", LocalDate.of(2026, 3, 2)).addValue("after", "")
                        .addValue("limit", 1_000), String.class);

        assertThat(plan).contains("PRIMARY_KEY").contains("/* index sorted */");
        db.destroy();
    }
}
