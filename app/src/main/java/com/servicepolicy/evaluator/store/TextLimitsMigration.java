package com.servicepolicy.evaluator.store;

import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

import java.sql.Statement;
import java.util.List;

/**
 * Flyway V10: the store holds every value the contract's limits allow (shared/spec/event-log.md, "Limits";
 * the reader enforces them), on each database in its own terms, so no accepted line can fail an insert.
 * <ul>
 *   <li>H2 counts a column's length in Java chars, and a character outside the Basic Multilingual Plane is
 *       two of them: its text columns that hold input get twice the limit in characters (512 characters of
 *       emoji are 1,024 chars).</li>
 *   <li>PostgreSQL counts characters, so its columns already match the limits; but a B-tree entry may not
 *       exceed 2,704 bytes, and 512 + 512 three-byte characters of customer and interaction id overflow the
 *       two indexes that carry both. They are rebuilt on the customer id alone (the interaction is checked
 *       on the row); every other key fits at the limits (customerId 2,048 bytes + an attribute name of at
 *       most 100 characters, 400 bytes).</li>
 * </ul>
 * Java rather than SQL because the two databases need different statements; registered as a bean for Spring
 * Boot's Flyway and by the store tests.
 */
@Component
public class TextLimitsMigration extends StoreMigration {
    private static final List<String> H2 = List.of(
            "ALTER TABLE events ALTER COLUMN event_id SET DATA TYPE VARCHAR(1024)",
            "ALTER TABLE events ALTER COLUMN customer_id SET DATA TYPE VARCHAR(1024)",
            "ALTER TABLE events ALTER COLUMN interaction_id SET DATA TYPE VARCHAR(1024)",
            "ALTER TABLE events ALTER COLUMN topic SET DATA TYPE VARCHAR(2000)",
            "ALTER TABLE events ALTER COLUMN agent_id SET DATA TYPE VARCHAR(1024)",
            "ALTER TABLE events ALTER COLUMN reason_code SET DATA TYPE VARCHAR(400)",
            "ALTER TABLE events ALTER COLUMN reason_text SET DATA TYPE VARCHAR(20000)",
            "ALTER TABLE events ALTER COLUMN queue SET DATA TYPE VARCHAR(1024)",
            "ALTER TABLE run_duplicates ALTER COLUMN event_id SET DATA TYPE VARCHAR(1024)",
            "ALTER TABLE run_expired_events ALTER COLUMN event_id SET DATA TYPE VARCHAR(1024)",
            "ALTER TABLE run_customers ALTER COLUMN customer_id SET DATA TYPE VARCHAR(1024)",
            "ALTER TABLE run_checkpoints ALTER COLUMN position_text SET DATA TYPE VARCHAR(1024)", // a customer id
            "ALTER TABLE customer_attributes ALTER COLUMN customer_id SET DATA TYPE VARCHAR(1024)",
            "ALTER TABLE customer_attributes ALTER COLUMN group_label SET DATA TYPE VARCHAR(400)",
            "ALTER TABLE violations ALTER COLUMN subject SET DATA TYPE VARCHAR(2000)",
            "ALTER TABLE violations ALTER COLUMN customer_id SET DATA TYPE VARCHAR(1024)",
            "ALTER TABLE violations ALTER COLUMN interaction_id SET DATA TYPE VARCHAR(1024)",
            "ALTER TABLE violations ALTER COLUMN event_id SET DATA TYPE VARCHAR(1024)",
            "ALTER TABLE violations ALTER COLUMN agent_id SET DATA TYPE VARCHAR(1024)",
            "ALTER TABLE run_violations ALTER COLUMN subject SET DATA TYPE VARCHAR(2000)",
            "ALTER TABLE run_first_responses ALTER COLUMN key_value SET DATA TYPE VARCHAR(1024)",
            "ALTER TABLE run_group_rates ALTER COLUMN group_label SET DATA TYPE VARCHAR(400)");
    private static final List<String> POSTGRES = List.of(
            "CREATE INDEX events_customer_type_at ON events (customer_id, event_type, at_ms)",
            "DROP INDEX events_customer_interaction",
            "CREATE INDEX events_type_at_customer ON events (event_type, at_ms, customer_id)",
            "DROP INDEX events_type_at_who");

    public TextLimitsMigration() {
        super("10", "text limits", (H2.toString() + POSTGRES).hashCode());
    }

    @Override
    public void migrate(Context context) throws Exception {
        boolean postgres = Postgres.is(context.getConnection());
        try (Statement statement = context.getConnection().createStatement()) {
            for (String sql : postgres ? POSTGRES : H2) {
                statement.execute(sql);
            }
        }
    }
}
