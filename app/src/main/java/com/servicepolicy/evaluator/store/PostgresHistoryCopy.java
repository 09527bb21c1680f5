package com.servicepolicy.evaluator.store;

import org.postgresql.PGConnection;

import java.io.ByteArrayInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes history rows to PostgreSQL with {@code COPY ... FROM STDIN (FORMAT binary)} on the transaction's own
 * connection, instead of batched INSERTs: the server reads one stream of rows instead of parsing, planning and
 * executing multi-row INSERTs, and the rows' bytes (most of them the events) are sent as they are.
 * Binary format: a signature, per row its field count and each field as length and bytes (big-endian numbers,
 * a date as days since 2000-01-01, text as UTF-8), and -1 at the end.
 */
final class PostgresHistoryCopy {
    static final String COPY = "COPY event_histories (customer_id, run_date, source, first_line, first_at_ms,"
            + " last_at_ms, event_count, events, event_ids) FROM STDIN (FORMAT binary)";
    static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    private static final long POSTGRES_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();

    private PostgresHistoryCopy() {
    }

    static void copy(Connection connection, LocalDate runDate, List<HistoryRows.Row> rows) throws SQLException {
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, new ByteArrayInputStream(encode(runDate,
                    rows)));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a byte array cannot fail
        }
    }

    static byte[] encode(LocalDate runDate, List<HistoryRows.Row> rows) {
        ByteBuffers.Out bytes = new ByteBuffers.Out();
        DataOutputStream out = new DataOutputStream(bytes);
        try {
            out.write(SIGNATURE);
            out.writeInt(0); // flags
            out.writeInt(0); // header extension
            int days = Math.toIntExact(runDate.toEpochDay() - POSTGRES_EPOCH_DAY);
            for (HistoryRows.Row r : rows) {
                out.writeShort(9);
                bytes(out, r.customerId().getBytes(StandardCharsets.UTF_8));
                out.writeInt(Integer.BYTES);
                out.writeInt(days);
                bytes(out, r.source().getBytes(StandardCharsets.UTF_8));
                out.writeInt(Long.BYTES);
                out.writeLong(r.firstLine());
                out.writeInt(Long.BYTES);
                out.writeLong(r.firstAt());
                out.writeInt(Long.BYTES);
                out.writeLong(r.lastAt());
                out.writeInt(Integer.BYTES);
                out.writeInt(r.count());
                bytes(out, r.events());
                bytes(out, r.ids());
            }
            out.writeShort(-1);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array cannot fail
        }
        return bytes.toByteArray();
    }

    private static void bytes(DataOutputStream out, byte[] value) throws IOException {
        out.writeInt(value.length);
        out.write(value);
    }
}
