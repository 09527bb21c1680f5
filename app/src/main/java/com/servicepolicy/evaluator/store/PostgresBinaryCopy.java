package com.servicepolicy.evaluator.store;

import org.postgresql.PGConnection;

import java.io.ByteArrayInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Writes rows of text columns to PostgreSQL with {@code COPY ... FROM STDIN (FORMAT binary)} on the transaction's
 * connection: the server reads one stream instead of parsing and planning batched multi-row INSERTs (a customers
 * file of 468k customers is 1.1M attribute rows). The binary format as {@link PostgresHistoryCopy} writes it;
 * cells are never null.
 */
final class PostgresTextCopy {
    private PostgresTextCopy() {
    }

    /** {@code copy}: {@code COPY table (columns...) FROM STDIN (FORMAT binary)}; each row has a cell per column. */
    static void copy(Connection connection, String copy, List<String[]> rows) throws SQLException {
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy, new ByteArrayInputStream(encode(rows)));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a byte array cannot fail
        }
    }

    static byte[] encode(List<String[]> rows) {
        ByteBuffers.Out bytes = new ByteBuffers.Out();
        DataOutputStream out = new DataOutputStream(bytes);
        try {
            out.write(PostgresHistoryCopy.SIGNATURE);
            out.writeInt(0); // flags
            out.writeInt(0); // header extension
            for (String[] row : rows) {
                out.writeShort(row.length);
                for (String cell : row) {
                    byte[] utf8 = cell.getBytes(StandardCharsets.UTF_8);
                    out.writeInt(utf8.length);
                    out.write(utf8);
                }
            }
            out.writeShort(-1);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array cannot fail
        }
        return bytes.toByteArray();
    }
}
