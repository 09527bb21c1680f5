package com.servicepolicy.evaluator.store;

import com.servicepolicy.evaluator.event.Category;
import com.servicepolicy.evaluator.event.Channel;
import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.event.EventType;
import com.servicepolicy.evaluator.event.Priority;
import com.servicepolicy.evaluator.event.Status;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Flyway V13: the event store becomes customers' histories ({@code event_histories}, see {@link HistoryRows} and
 * {@link JdbcEventStore}) instead of a row per event. Every stored event moves, with the night, file and line it
 * was first read from, one row per customer, night and file; then {@code events} and its indexes go. The night's
 * customer list gains FAIR-003's counts per customer ({@code opened}, {@code refused}) and whether the night
 * evaluates the customer ({@code to_evaluate}). Java because the events are re-encoded.
 */
@Component
public class EventHistoriesMigration extends StoreMigration {
    private static final String COLUMNS = "event_id, event_type, at_ms, customer_id, interaction_id, channel, priority,"
            + " category, topic, agent_id, reason_code, reason_text, due_at_ms, rating, status, internal, queue,"
            + " run_date, source, line";

    public EventHistoriesMigration() {
        super("13", "event histories per customer", 12_002);
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        boolean postgres = Postgres.is(connection);
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE event_histories ("
                    + " customer_id VARCHAR(" + (postgres ? 512 : 1024) + ") NOT NULL,"
                    + " run_date DATE NOT NULL,"
                    + " source VARCHAR(1000) NOT NULL,"
                    + " first_line BIGINT NOT NULL,"
                    + " first_at_ms BIGINT NOT NULL,"
                    + " last_at_ms BIGINT NOT NULL,"
                    + " event_count INTEGER NOT NULL,"
                    + " events " + (postgres ? "BYTEA" : "VARBINARY") + " NOT NULL,"
                    + " event_ids " + (postgres ? "BYTEA" : "VARBINARY") + " NOT NULL)");
            statement.execute("CREATE INDEX event_histories_customer ON event_histories (customer_id)");
            statement.execute("CREATE INDEX event_histories_run_date ON event_histories (run_date)");
            statement.execute("ALTER TABLE run_customers ADD COLUMN to_evaluate BOOLEAN DEFAULT TRUE NOT NULL");
            statement.execute("ALTER TABLE run_customers ADD COLUMN opened BIGINT DEFAULT 0 NOT NULL");
            statement.execute("ALTER TABLE run_customers ADD COLUMN refused BIGINT DEFAULT 0 NOT NULL");
        }
        moveEvents(connection);
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE events");
        }
    }

    /** Streams {@code events} in (customer, night, file, line) order and writes each group as history rows. */
    private static void moveEvents(Connection connection) throws SQLException {
        try (Statement select = connection.createStatement();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO event_histories (customer_id,"
                     + " run_date, source, first_line, first_at_ms, last_at_ms, event_count, events, event_ids)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            select.setFetchSize(1_000);
            Group group = null;
            int batched = 0;
            try (ResultSet rs = select.executeQuery("SELECT " + COLUMNS + " FROM events"
                    + " ORDER BY customer_id, run_date, source, line")) {
                while (rs.next()) {
                    Event event = toEvent(rs);
                    LocalDate night = rs.getObject(18, LocalDate.class);
                    String source = rs.getString(19);
                    if (group == null || !group.holds(event.getCustomerId(), night, source)) {
                        batched += flush(group, insert);
                        group = new Group(event.getCustomerId(), night, source, new ArrayList<>());
                    }
                    group.lines().add(new HistoryRows.Line(event, rs.getLong(20)));
                    if (batched >= 1_000) {
                        insert.executeBatch();
                        batched = 0;
                    }
                }
            }
            flush(group, insert);
            insert.executeBatch();
        }
    }

    private record Group(String customerId, LocalDate night, String source, List<HistoryRows.Line> lines) {
        boolean holds(String otherCustomer, LocalDate otherNight, String otherSource) {
            return customerId.equals(otherCustomer) && night.equals(otherNight) && source.equals(otherSource);
        }
    }

    private static int flush(Group group, PreparedStatement insert) throws SQLException {
        if (group == null) {
            return 0;
        }
        List<HistoryRows.Row> rows = HistoryRows.ofStored(group.customerId(), group.source(), group.lines());
        for (HistoryRows.Row r : rows) {
            insert.setString(1, r.customerId());
            insert.setObject(2, group.night());
            insert.setString(3, r.source());
            insert.setLong(4, r.firstLine());
            insert.setLong(5, r.firstAt());
            insert.setLong(6, r.lastAt());
            insert.setInt(7, r.count());
            insert.setBytes(8, r.events());
            insert.setBytes(9, r.ids());
            insert.addBatch();
        }
        return rows.size();
    }

    private static Event toEvent(ResultSet rs) throws SQLException {
        long dueAt = rs.getLong(13);
        Long due = rs.wasNull() ? null : dueAt;
        int rating = rs.getInt(14);
        Integer rate = rs.wasNull() ? null : rating;
        return Event.builder()
                .eventId(rs.getString(1))
                .type(EventType.valueOf(rs.getString(2)))
                .atMillis(rs.getLong(3))
                .customerId(rs.getString(4))
                .interactionId(rs.getString(5))
                .channel(rs.getString(6) == null ? null : Channel.valueOf(rs.getString(6)))
                .priority(rs.getString(7) == null ? null : Priority.valueOf(rs.getString(7)))
                .category(rs.getString(8) == null ? null : Category.valueOf(rs.getString(8)))
                .topic(rs.getString(9))
                .agentId(rs.getString(10))
                .reasonCode(rs.getString(11))
                .reasonText(rs.getString(12))
                .dueAt(due == null ? null : Instant.ofEpochMilli(due))
                .rating(rate)
                .status(rs.getString(15) == null ? null : Status.valueOf(rs.getString(15)))
                .internal(rs.getBoolean(16))
                .queue(rs.getString(17))
                .sequence(rs.getLong(20))
                .build();
    }
}
