package com.servicepolicy.evaluator.store;

import com.servicepolicy.evaluator.event.Customer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.List;

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
     * Per attribute group of the customers with declared attributes: interactions opened in
     * [from, asOf] and how many of them were refused by asOf, counted in the database (memory: one
     * row per group), by attribute then group.
     */
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
