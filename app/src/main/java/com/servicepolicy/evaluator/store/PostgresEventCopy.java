package com.servicepolicy.evaluator.store;

import com.servicepolicy.evaluator.night.PlacedEvent;

import com.servicepolicy.evaluator.event.Event;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes a chunk of events to PostgreSQL with {@code COPY ... FROM STDIN} on the transaction's own
 * connection: the server parses one stream instead of planning and executing an INSERT per row.
 * Text format: backslash, tab, newline and carriage return escaped; {@code \N} is NULL.
 */
final class PostgresEventCopy {
    private PostgresEventCopy() {
    }

    static void copy(DataSource dataSource, String columns, LocalDate runDate, List<PlacedEvent> events) {
        StringBuilder rows = new StringBuilder(events.size() * 160);
        String night = runDate.toString();
        for (PlacedEvent p : events) {
            Event e = p.event();
            field(rows, e.getEventId()).append('\t');
            field(rows, e.getType().name()).append('\t');
            rows.append(e.getAt()).append('\t');
            field(rows, e.getCustomerId()).append('\t');
            field(rows, e.getInteractionId()).append('\t');
            field(rows, e.getChannel() == null ? null : e.getChannel().name()).append('\t');
            field(rows, e.getPriority() == null ? null : e.getPriority().name()).append('\t');
            field(rows, e.getCategory() == null ? null : e.getCategory().name()).append('\t');
            field(rows, e.getTopic()).append('\t');
            field(rows, e.getAgentId()).append('\t');
            field(rows, e.getReasonCode()).append('\t');
            field(rows, e.getReasonText()).append('\t');
            field(rows, e.getDueAt() == null ? null : e.getDueAt().toString()).append('\t');
            field(rows, e.getRating() == null ? null : e.getRating().toString()).append('\t');
            field(rows, e.getStatus() == null ? null : e.getStatus().name()).append('\t');
            rows.append(e.isInternal() ? 't' : 'f').append('\t');
            field(rows, e.getQueue()).append('\t');
            rows.append(night).append('\t');
            field(rows, p.source()).append('\t');
            rows.append(p.line()).append('\n');
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY events (" + columns + ") FROM STDIN", new StringReader(rows.toString()));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("COPY into events failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static StringBuilder field(StringBuilder out, String value) {
        if (value == null) {
            return out.append("\\N");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out;
    }
}
