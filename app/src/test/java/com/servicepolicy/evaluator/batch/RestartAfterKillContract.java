package com.servicepolicy.evaluator.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A night killed with SIGKILL mid-ingest and again mid-evaluation, then rerun, ends with exactly
 * the violations and accounting of an uninterrupted run of the same inbox in another database.
 * Runs the real command line ({@code Main batch}) in child JVMs.
 */
abstract class RestartAfterKillContract {
    private static final LocalDate NIGHT = LocalDate.of(2026, 3, 20);

    @TempDir
    Path work;

    abstract String freshDatabase();

    /** Whether the child has the database open, so that polling it cannot race its creation. */
    boolean childHasItOpen(String db) {
        return true;
    }

    @Test
    void killedRunResumesToTheSameResultAsACleanRun() throws Exception {
        Path inbox = work.resolve("inbox");
        TestInbox.write(inbox, NIGHT, 6_000, 3, 7, true);
        String killedDb = freshDatabase();
        String cleanDb = freshDatabase();

        killWhen(killedDb, inbox, "SELECT COUNT(*) FROM run_checkpoints WHERE name LIKE 'file:%'"
                + " AND position_text IS NULL AND position_num > 0");
        assertThat(status(killedDb)).isEqualTo("STARTED");
        killWhen(killedDb, inbox, "SELECT COUNT(*) FROM run_checkpoints WHERE name = 'evaluate'");
        assertThat(status(killedDb)).isEqualTo("STARTED");
        assertThat(batch(killedDb, inbox).waitFor(180, TimeUnit.SECONDS)).isTrue();
        Process clean = batch(cleanDb, inbox);
        assertThat(clean.waitFor(180, TimeUnit.SECONDS)).isTrue();

        assertThat(status(killedDb)).isEqualTo("COMPLETED");
        assertThat(query(killedDb, ACCOUNTING)).isEqualTo(query(cleanDb, ACCOUNTING));
        assertThat(query(killedDb, VIOLATIONS)).isEqualTo(query(cleanDb, VIOLATIONS)).hasSizeGreaterThan(100);
        assertThat(storedEvents(killedDb)).isEqualTo(storedEvents(cleanDb)).hasSizeGreaterThan(1_000);
        assertThat(query(killedDb, REJECTS)).isEqualTo(query(cleanDb, REJECTS));
        assertThat(query(killedDb, DUPLICATES)).isEqualTo(query(cleanDb, DUPLICATES))
                .as("each file's repeat of its first expired line").hasSize(3 + 3);
        assertThat(query(killedDb, "SELECT COUNT(*) FROM run_expired_events")).containsExactly(List.of(0L));
        List<List<Object>> counts = query(killedDb, ACCOUNTING);
        assertThat(counts.get(0).get(0)).isEqualTo(((Number) counts.get(0).get(1)).longValue()
                + ((Number) counts.get(0).get(2)).longValue() + ((Number) counts.get(0).get(3)).longValue());
    }

    private static final String ACCOUNTING = "SELECT read_count, evaluated, duplicates, rejected, customers,"
            + " interactions, violations, new_violations, files FROM nightly_runs";
    private static final String VIOLATIONS = "SELECT code, subject, severity, customer_id, interaction_id, event_id,"
            + " agent_id, measured, message, first_run_date, last_run_date FROM violations ORDER BY code, subject";
    private static final String REJECTS = "SELECT source, line, reason FROM run_rejects ORDER BY source, line";
    private static final String DUPLICATES = "SELECT source, line, event_id, first_source, first_line"
            + " FROM run_duplicates ORDER BY source, line";

    private void killWhen(String db, Path inbox, String condition) throws Exception {
        Process child = batch(db, inbox);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (!holds(db, condition)) {
            if (!child.isAlive()) {
                throw new AssertionError("the run ended before the kill point: "
                        + java.nio.file.Files.readString(work.resolve("child.log")));
            }
            assertThat(System.nanoTime()).as("kill point reached in time").isLessThan(deadline);
            Thread.sleep(20);
        }
        child.destroyForcibly().waitFor();
    }

    private Process batch(String db, Path inbox) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "com.servicepolicy.evaluator.Main", "batch",
                "--date", NIGHT.toString(), "--inbox", inbox.toString(),
                "--spring.datasource.url=" + db, "--spring.datasource.username=" + Databases.user(db),
                "--evaluator.batch.out=" + work.resolve("out"), "--evaluator.batch.chunk-lines=100",
                "--evaluator.batch.chunk-customers=5", "--logging.level.root=WARN"));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("child.log").toFile())).start();
    }

    private boolean holds(String db, String condition) {
        if (!childHasItOpen(db)) {
            return false;
        }
        try {
            List<List<Object>> rows = query(db, condition);
            return ((Number) rows.get(0).get(0)).longValue() > 0;
        } catch (SQLException e) {
            return false; // schema not created yet
        }
    }

    private String status(String db) throws SQLException {
        return (String) query(db, "SELECT status FROM nightly_runs").get(0).get(0);
    }

    /** Every stored event as "id night:source:line at", sorted: the same store holds the same events. */
    private static List<String> storedEvents(String db) {
        var store = new com.servicepolicy.evaluator.store.JdbcEventStore(new org.springframework.jdbc.core.JdbcTemplate(
                new org.springframework.jdbc.datasource.DriverManagerDataSource(db, Databases.user(db), "")));
        java.util.Map<String, String> origins = new java.util.HashMap<>();
        store.forEachId((id, origin) -> origins.put(id, origin.runDate() + ":" + origin.source() + ":" + origin.line()));
        List<String> events = new ArrayList<>();
        for (var history : store.histories("", Integer.MAX_VALUE)) {
            history.events().forEach(s -> events.add(s.event().getEventId() + " " + origins.get(s.event().getEventId())
                    + " " + s.event().getAt()));
        }
        java.util.Collections.sort(events);
        return events;
    }

    private static List<List<Object>> query(String db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(db, Databases.user(db), "");
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            List<List<Object>> rows = new ArrayList<>();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    Object value = rs.getObject(i);
                    row.add(value instanceof Number n && !(value instanceof Double) ? n.longValue()
                            : value == null ? null : value instanceof Double ? value : value.toString());
                }
                rows.add(row);
            }
            return rows;
        }
    }
}
