package com.servicepolicy.evaluator.store;

import com.servicepolicy.evaluator.event.Customer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * Customers' protected attributes, used only for group-level refusal rates. A customers file
 * replaces the attributes of the customers it lists.
 */
@Repository
public class CustomerStore {
    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    public CustomerStore(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    public void replace(List<Customer> customers) {
        jdbc.batchUpdate("DELETE FROM customer_attributes WHERE customer_id = ?", customers, 1000,
                (ps, c) -> ps.setString(1, c.customerId()));
        List<String[]> rows = new ArrayList<>();
        customers.forEach(c -> c.attributes().forEach((a, g) -> rows.add(new String[] {c.customerId(), a, g})));
        jdbc.batchUpdate("INSERT INTO customer_attributes (customer_id, attribute, group_label) VALUES (?, ?, ?)",
                rows, 1000, (ps, r) -> {
                    ps.setString(1, r[0]);
                    ps.setString(2, r[1]);
                    ps.setString(3, r[2]);
                });
    }

    /**
     * Streams, per customer with declared attributes, its attributes and the number of interactions
     * it opened in [from, asOf] and how many of them were refused by asOf. Rows arrive in customer
     * order; memory holds one customer at a time.
     */
    public void refusalCountsByCustomer(long from, long asOf, BiConsumer<Map<String, String>, long[]> consumer) {
        MapSqlParameterSource p = new MapSqlParameterSource("from", from).addValue("asOf", asOf);
        String[] current = {null};
        Map<String, String> attributes = new TreeMap<>();
        long[] counts = new long[2];
        named.query("SELECT a.customer_id, a.attribute, a.group_label, i.opened, i.refused"
                + " FROM customer_attributes a JOIN ("
                + "   SELECT o.customer_id, COUNT(*) AS opened, SUM(CASE WHEN EXISTS ("
                + "     SELECT 1 FROM events r WHERE r.interaction_id = o.interaction_id"
                + "     AND r.customer_id = o.customer_id AND r.event_type = 'REFUSED' AND r.at_ms <= :asOf)"
                + "     THEN 1 ELSE 0 END) AS refused"
                + "   FROM events o WHERE o.event_type = 'OPENED' AND o.at_ms >= :from AND o.at_ms <= :asOf"
                + "   GROUP BY o.customer_id) i ON i.customer_id = a.customer_id"
                + " ORDER BY a.customer_id, a.attribute", p, rs -> {
                    String customer = rs.getString(1);
                    if (!customer.equals(current[0])) {
                        if (current[0] != null) {
                            consumer.accept(Map.copyOf(attributes), counts.clone());
                        }
                        current[0] = customer;
                        attributes.clear();
                        counts[0] = rs.getLong(4);
                        counts[1] = rs.getLong(5);
                    }
                    attributes.put(rs.getString(2), rs.getString(3));
                });
        if (current[0] != null) {
            consumer.accept(Map.copyOf(attributes), counts.clone());
        }
    }
}
