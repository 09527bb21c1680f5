package com.servicepolicy.evaluator.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes history rows to PostgreSQL by binary {@code COPY} ({@link PostgresBinaryCopy}): the rows' bytes (most of them
 * the events) are sent as they are.
 */
final class PostgresHistoryCopy {
    static final String COPY = "COPY event_histories (customer_id, run_date, source, first_line, first_at_ms,"
            + " last_at_ms, event_count, events, event_ids) FROM STDIN (FORMAT binary)";

    private PostgresHistoryCopy() {
    }

    static void copy(Connection connection, LocalDate runDate, List<HistoryRows.Row> rows) throws SQLException {
        PostgresBinaryCopy.send(connection, COPY, encode(runDate, rows));
    }

    static byte[] encode(LocalDate runDate, List<HistoryRows.Row> rows) {
        return PostgresBinaryCopy.stream(out -> {
            for (HistoryRows.Row r : rows) {
                out.writeShort(9);
                PostgresBinaryCopy.text(out, r.customerId());
                PostgresBinaryCopy.date(out, runDate);
                PostgresBinaryCopy.text(out, r.source());
                out.writeInt(Long.BYTES);
                out.writeLong(r.firstLine());
                out.writeInt(Long.BYTES);
                out.writeLong(r.firstAt());
                out.writeInt(Long.BYTES);
                out.writeLong(r.lastAt());
                out.writeInt(Integer.BYTES);
                out.writeInt(r.count());
                PostgresBinaryCopy.field(out, r.events());
                PostgresBinaryCopy.field(out, r.ids());
            }
        });
    }
}
