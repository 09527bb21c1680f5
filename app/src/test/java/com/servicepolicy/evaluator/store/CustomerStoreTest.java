package com.servicepolicy.evaluator.store;

import com.servicepolicy.evaluator.night.CustomerStore;

import com.servicepolicy.evaluator.event.Customer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A customers file replaces the attributes of the customers it lists, on H2 and on the real PostgreSQL
 * (never skipped), writing only those that changed.
 */
class CustomerStoreTest {
    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void aFileReplacesTheAttributesOfTheCustomersItLists(String database) {
        JdbcTemplate jdbc = database(database);
        CustomerStore store = new JdbcCustomerStore(jdbc, new NamedParameterJdbcTemplate(jdbc));
        List<Customer> first = IntStream.range(0, 1_200).mapToObj(i -> new Customer("c" + i,
                Map.of("disability", i % 2 == 0 ? "yes" : "no", "ageBand", "65+"))).toList();
        StoreDatabase.inTransaction(jdbc, () -> store.replace(first));

        StoreDatabase.inTransaction(jdbc, () -> store.replace(List.of(
                new Customer("c0", Map.of("disability", "no")),             // one changed, one removed
                new Customer("c1", Map.of("disability", "no", "ageBand", "65+")), // unchanged
                new Customer("c2", Map.of()),                                // declares nothing now
                new Customer("c3", Map.of("ageBand", "18-24")),
                new Customer("c3", Map.of("ageBand", "25-34")),              // a later row of a customer wins
                new Customer("new", Map.of("disability", "yes", "religion", "Bahá’í — ünïcode")))));

        assertThat(attributes(jdbc, "c0")).containsExactly("disability=no");
        assertThat(attributes(jdbc, "c1")).containsExactly("ageBand=65+", "disability=no");
        assertThat(attributes(jdbc, "c2")).isEmpty();
        assertThat(attributes(jdbc, "c3")).containsExactly("ageBand=25-34");
        assertThat(attributes(jdbc, "new")).containsExactly("disability=yes", "religion=Bahá’í — ünïcode");
        assertThat(attributes(jdbc, "c1199")).containsExactly("ageBand=65+", "disability=no");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer_attributes", Long.class))
                .isEqualTo(2 * 1_200 - 1 - 2 - 1 + 2);
    }

    private static List<String> attributes(JdbcTemplate jdbc, String customer) {
        return jdbc.queryForList("SELECT attribute || '=' || group_label FROM customer_attributes"
                + " WHERE customer_id = ? ORDER BY attribute", String.class, customer);
    }

    private static JdbcTemplate database(String database) {
        return StoreDatabase.migrated(database).jdbc();
    }
}
