package com.servicepolicy.evaluator.store;

import com.servicepolicy.evaluator.night.CustomerChoice;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A night's customer list as the evaluate step writes it (COPY on PostgreSQL, INSERTs on H2) and evaluate pages it. */
class RunCustomerStoreTest {
    private static final LocalDate NIGHT = LocalDate.of(2026, 3, 2);

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void theChosenCustomersComeBackInIdOrderWithTheirCounts(String database) {
        JdbcTemplate jdbc = StoreDatabase.migrated(database).jdbc();
        JdbcRunCustomerStore store = new JdbcRunCustomerStore(new NamedParameterJdbcTemplate(jdbc));

        store.add(NIGHT, List.of(new CustomerChoice("C3", true, 2, 1), new CustomerChoice("C1", true, 0, 0),
                new CustomerChoice("C\u00e9", false, 5, Long.MAX_VALUE), new CustomerChoice("C2", true, 1, 0)));
        store.add(NIGHT.plusDays(1), List.of(new CustomerChoice("C0", true, 1, 1)));

        assertThat(store.next(NIGHT, "", 2)).containsExactly("C1", "C2");
        assertThat(store.next(NIGHT, "C2", 2)).containsExactly("C3");
        List<Object> row = jdbc.queryForObject("SELECT to_evaluate, opened, refused FROM run_customers"
                + " WHERE run_date = ? AND customer_id = ?",
                (rs, i) -> List.<Object>of(rs.getBoolean(1), rs.getLong(2), rs.getLong(3)), NIGHT, "C\u00e9");
        assertThat(row).containsExactly(false, 5L, Long.MAX_VALUE);

        store.forgetAfter(NIGHT, "C2");
        assertThat(store.next(NIGHT, "", 10)).as("C3 and C\u00e9 forgotten, the next night's list kept")
                .containsExactly("C1", "C2");
        assertThat(store.next(NIGHT.plusDays(1), "", 10)).containsExactly("C0");
        store.forgetAfter(NIGHT, "");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM run_customers WHERE run_date = ?", Long.class, NIGHT))
                .isZero();
    }
}
