package com.servicepolicy.evaluator.store;

import org.postgresql.PGConnection;

import com.servicepolicy.evaluator.spill.ByteArrayDataOutput;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code COPY ... FROM STDIN (FORMAT binary)} on the transaction's connection, instead of batched INSERTs: the server
 * reads one stream of rows instead of parsing and planning each batch. The format: a signature, flags and header
 * extension, then per row its field count and each field as length and bytes (big-endian numbers, text as UTF-8), and
 * -1 at the end. History rows ({@link PostgresHistoryCopy}) and customers' attributes (1.1M rows for a file of 468k
 * customers) are written so.
 */
final class PostgresBinaryCopy {
    private static final long POSTGRES_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();
    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};

    /** Writes the rows' fields, each row starting with its field count. */
    interface Rows {
        void write(ByteArrayDataOutput out);
    }

    private PostgresBinaryCopy() {
    }

    /** Sends {@code stream} to {@code copy}, a {@code COPY table (columns...) FROM STDIN (FORMAT binary)}. */
    static void send(Connection connection, String copy, byte[] stream) throws SQLException {
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy, new ByteArrayInputStream(stream));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a byte array cannot fail
        }
    }

    /** The whole stream: header, what {@code rows} writes, trailer. */
    static byte[] stream(Rows rows) {
        // numbers written whole into the array (a DataOutputStream writes an int as four calls of one byte each)
        ByteArrayDataOutput out = new ByteArrayDataOutput();
        out.write(SIGNATURE);
        out.writeInt(0); // flags
        out.writeInt(0); // header extension
        rows.write(out);
        out.writeShort(-1);
        return out.toByteArray();
    }

    /** Rows of text cells, one cell per column, never null. */
    static byte[] texts(List<String[]> rows) {
        return stream(out -> {
            for (String[] row : rows) {
                out.writeShort(row.length);
                for (String cell : row) {
                    text(out, cell);
                }
            }
        });
    }

    /** A date field: its length, then its days since 2000-01-01, PostgreSQL's epoch. */
    static void date(ByteArrayDataOutput out, LocalDate date) {
        out.writeInt(Integer.BYTES);
        out.writeInt(Math.toIntExact(date.toEpochDay() - POSTGRES_EPOCH_DAY));
    }

    /** A field of variable length: its length, then its bytes. */
    static void field(ByteArrayDataOutput out, byte[] value) {
        out.writeInt(value.length);
        out.write(value);
    }

    /** A text field in UTF-8; an ASCII text (nearly all) copied without an array of its own. */
    static void text(ByteArrayDataOutput out, String value) {
        if (VarBytes.isAscii(value)) {
            out.writeInt(value.length());
            out.writeBytes(value);
        } else {
            field(out, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
