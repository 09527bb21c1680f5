package com.servicepolicy.evaluator.store;

import com.servicepolicy.evaluator.night.SeenViolation;
import com.servicepolicy.evaluator.store.sql.ViolationMerges;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

/**
 * Records violations on PostgreSQL through a session's temporary table: the rows go in by binary {@code COPY}
 * ({@link PostgresBinaryCopy}), then one {@code MERGE} per table reads them all. The 250-row {@code MERGE} with 4,500
 * parameters was planned for every statement with its values (PostgresCustomPlans) and bound one parameter at a time:
 * 86 µs of the server per violation, 4.4 of the 8 server seconds of a 100k-interaction night. The temporary table
 * empties at every commit and is not written to the WAL; the statements are those of {@link ViolationMerges}, so
 * both paths cast and merge alike.
 *
 * <p>Each {@code MERGE} probes its target by key, row by row ({@link ViolationMerges#POSTGRES_PROBE_BY_KEY}): the
 * planner's own choice, a hash of the whole target table per chunk, made the merges 21 of the server's 52 s in a
 * 1M-interaction night (2026-12-04).
 */
final class PostgresSeenViolations {
    static final String TABLE = "seen_violations";
    private static final String CREATE = "CREATE TEMPORARY TABLE IF NOT EXISTS " + TABLE + " ("
            + ViolationMerges.stagingColumns() + ") ON COMMIT DELETE ROWS";
    private static final String COPY = "COPY " + TABLE + " FROM STDIN (FORMAT binary)";
    static final String MERGE_VIOLATIONS = ViolationMerges.violationsFrom(TABLE);
    static final String MERGE_RUN_VIOLATIONS = ViolationMerges.runViolationsFrom(TABLE);

    private PostgresSeenViolations() {
    }

    /**
     * Records {@code rows}, each (code, subject) at most once, in the connection's transaction, or in one of its own
     * if it has none (in auto-commit the temporary table would empty after each statement).
     */
    static void record(Connection connection, LocalDate runDate, List<SeenViolation> rows) throws SQLException {
        if (!connection.getAutoCommit()) {
            stageAndMerge(connection, runDate, rows);
            return;
        }
        connection.setAutoCommit(false);
        try {
            stageAndMerge(connection, runDate, rows);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static void stageAndMerge(Connection connection, LocalDate runDate, List<SeenViolation> rows)
            throws SQLException {
        stage(connection, runDate, rows);
        try (Statement statement = connection.createStatement()) {
            statement.execute(ViolationMerges.POSTGRES_PROBE_BY_KEY);
            statement.executeUpdate(MERGE_VIOLATIONS);
            statement.executeUpdate(MERGE_RUN_VIOLATIONS);
            statement.execute(ViolationMerges.POSTGRES_PLAN_FREELY);
        }
    }

    /** Puts {@code rows} in the session's staging table, in place of any rows an earlier call left there. */
    static void stage(Connection connection, LocalDate runDate, List<SeenViolation> rows) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(CREATE);
            // rows of an earlier call in the same transaction, already merged; the table is empty after a commit, and a
            // DELETE of nothing costs nothing, where a TRUNCATE gave the table a new file and catalog row every chunk
            statement.execute("DELETE FROM " + TABLE);
        }
        PostgresBinaryCopy.send(connection, COPY, encode(runDate, rows));
    }

    static byte[] encode(LocalDate runDate, List<SeenViolation> rows) {
        return PostgresBinaryCopy.stream(out -> {
            for (SeenViolation s : rows) {
                Object[] values = ViolationMerges.violationValues(runDate, s.violation(), s.agentId(), s.queue());
                out.writeShort(values.length);
                for (Object value : values) {
                    if (value == null) {
                        out.writeInt(-1);
                    } else if (value instanceof Double d) {
                        out.writeInt(Double.BYTES);
                        out.writeDouble(d);
                    } else if (value instanceof LocalDate date) {
                        PostgresBinaryCopy.date(out, date);
                    } else {
                        PostgresBinaryCopy.text(out, (String) value);
                    }
                }
            }
        });
    }
}
