package com.servicepolicy.evaluator.store;

import com.servicepolicy.evaluator.night.GroupRate;

import com.servicepolicy.evaluator.night.CustomerStore;

import com.servicepolicy.evaluator.event.Customer;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Customers' protected attributes, used only for group-level refusal rates. A customers file
 * replaces the attributes of the customers it lists.
 */
@Repository
public class JdbcCustomerStore implements CustomerStore {
    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final boolean postgres;

    public JdbcCustomerStore(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
        this.postgres = Postgres.is(jdbc);
    }

    /**
     * Replaces the attributes of the given customers (a later row of the same customer wins), writing only
     * customers whose attributes differ from the stored ones: a customers file is often the whole customer base
     * again, and one DELETE and one INSERT per customer took 9-12 s for 467k unchanged customers.
     */
    @Override
    public void replace(List<Customer> customers) {
        Map<String, Map<String, String>> wanted = new LinkedHashMap<>();
        customers.forEach(c -> wanted.put(c.customerId(), c.attributes()));
        Map<String, Map<String, String>> stored = attributesOf(List.copyOf(wanted.keySet()));
        List<String> changed = wanted.keySet().stream()
                .filter(id -> !wanted.get(id).equals(stored.getOrDefault(id, Map.of()))).toList();
        jdbc.batchUpdate("DELETE FROM customer_attributes WHERE customer_id = ?",
                changed.stream().filter(stored::containsKey).toList(), 1000, (ps, id) -> ps.setString(1, id));
        List<String[]> rows = new ArrayList<>();
        changed.forEach(id -> wanted.get(id).forEach((a, g) -> rows.add(new String[] {id, a, g})));
        if (postgres) {
            jdbc.execute((ConnectionCallback<Void>) con -> {
                PostgresBinaryCopy.send(con, COPY_ATTRIBUTES, PostgresBinaryCopy.texts(rows));
                return null;
            });
            return;
        }
        jdbc.batchUpdate("INSERT INTO customer_attributes (customer_id, attribute, group_label) VALUES (?, ?, ?)",
                rows, 1000, (ps, r) -> {
                    ps.setString(1, r[0]);
                    ps.setString(2, r[1]);
                    ps.setString(3, r[2]);
                });
    }

    private static final String COPY_ATTRIBUTES = "COPY customer_attributes (customer_id, attribute, group_label)"
            + " FROM STDIN (FORMAT binary)";

    /** The stored attributes of the given customers; called inside the chunk's transaction (see KeyLookUps). */
    private Map<String, Map<String, String>> attributesOf(List<String> customerIds) {
        Map<String, Map<String, String>> found = new HashMap<>();
        KeyLookUps.inBatches(jdbc, postgres, customerIds, ids -> named.query("SELECT customer_id, attribute,"
                + " group_label FROM customer_attributes WHERE customer_id IN (:ids)",
                new MapSqlParameterSource("ids", ids), rs -> {
                    found.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
                }));
        return found;
    }

    @Override
    public List<GroupRate> refusalCountsByGroup(LocalDate runDate) {
        return named.query(REFUSAL_COUNTS, new MapSqlParameterSource("date", runDate),
                (rs, i) -> new GroupRate(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)));
    }

    /** Each customer's counts were taken by the night's choice (run_customers): one row per customer. */
    static final String REFUSAL_COUNTS = "SELECT a.attribute, a.group_label, SUM(rc.opened), SUM(rc.refused)"
            + " FROM run_customers rc JOIN customer_attributes a ON a.customer_id = rc.customer_id"
            + " WHERE rc.run_date = :date AND rc.opened > 0"
            + " GROUP BY a.attribute, a.group_label ORDER BY a.attribute, a.group_label";
}
