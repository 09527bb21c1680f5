package com.servicepolicy.evaluator.store;

import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

/**
 * Flyway V16: a night's duplicate and rejected events are kept one row each, not one row per source line. A row of
 * an importer's input can hold several events (a ServiceNow update that changes the status and the priority is two):
 * when a re-sent export made both duplicates, the second row hit the key (night, file, line) and failed the night.
 * The key becomes an index on the same columns, which the listings read in that order. Java rather than SQL because
 * the primary key's name is the database's own (H2 makes one up).
 */
@Component
public class LinesOfManyEventsMigration extends StoreMigration {
    private static final List<String> TABLES = List.of("run_duplicates", "run_rejects");
    private static final String PRIMARY_KEY = "SELECT constraint_name FROM information_schema.table_constraints"
            + " WHERE LOWER(table_name) = ? AND table_schema = CURRENT_SCHEMA AND constraint_type = 'PRIMARY KEY'";

    public LinesOfManyEventsMigration() {
        super("16", "duplicate and rejected events one row each", (PRIMARY_KEY + TABLES).hashCode());
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        for (String table : TABLES) {
            String key;
            try (PreparedStatement query = connection.prepareStatement(PRIMARY_KEY)) {
                query.setString(1, table);
                try (ResultSet rs = query.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException(table + " has no primary key to replace");
                    }
                    key = rs.getString(1);
                }
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("ALTER TABLE " + table + " DROP CONSTRAINT \"" + key + "\"");
                statement.execute("CREATE INDEX " + table + "_by_line ON " + table + " (run_date, source, line)");
            }
        }
    }
}
