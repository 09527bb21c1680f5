package com.servicepolicy.evaluator.store;

import com.servicepolicy.evaluator.night.GroupRate;

import com.servicepolicy.evaluator.night.CustomerStore;

import com.servicepolicy.evaluator.event.Customer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

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
        jdbc.batchUpdate("INSERT INTO customer_attributes (customer_id, attribute, group_label) VALUES (?, ?, ?)",
                rows, 1000, (ps, r) -> {
                    ps.setString(1, r[0]);
                    ps.setString(2, r[1]);
                    ps.setString(3, r[2]);
                });
    }

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

    /**
     * Per attribute group of the customers with declared attributes: interactions opened in
     * [from, asOf] and how many of them were refused by asOf, counted in the database (memory: one
     * row per group), by attribute then group.
     */
    @Override
    public List<GroupRate> refusalCountsByGroup(long from, long asOf) {
        MapSqlParameterSource p = new MapSqlParameterSource("from", from).addValue("asOf", asOf);
        return named.query(REFUSAL_COUNTS, p,
                (rs, i) -> new GroupRate(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)));
    }

    /** The window's OPENED events come from the (event_type, at_ms, customer_id, interaction_id) index alone. */
    static final String REFUSAL_COUNTS = "SELECT a.attribute, a.group_label, SUM(i.opened), SUM(i.refused)"
            + " FROM customer_attributes a JOIN ("
            + "   SELECT o.customer_id, COUNT(*) AS opened, SUM(CASE WHEN EXISTS ("
            + "     SELECT 1 FROM events r WHERE r.customer_id = o.customer_id"
            + "     AND r.interaction_id = o.interaction_id AND r.event_type = 'REFUSED' AND r.at_ms <= :asOf)"
            + "     THEN 1 ELSE 0 END) AS refused"
            + "   FROM events o WHERE o.event_type = 'OPENED' AND o.at_ms >= :from AND o.at_ms <= :asOf"
            + "   GROUP BY o.customer_id) i ON i.customer_id = a.customer_id"
            + " GROUP BY a.attribute, a.group_label ORDER BY a.attribute, a.group_label";
}
