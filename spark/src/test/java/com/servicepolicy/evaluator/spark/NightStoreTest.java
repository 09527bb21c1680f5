package com.servicepolicy.evaluator.spark;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static com.servicepolicy.evaluator.spark.SparkEvaluationTest.textParts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The night recorded in the app's PostgreSQL store (issue #20 item 4), against the real PostgreSQL at 127.0.0.1:5432
 * (db {@code test}, a fresh schema per test; unreachable fails, never skips): the night's violations, its run record
 * and counts are written as the batch writes them, a rerun gives the same rows, a later night moves only the
 * last-seen night, and a store whose schema the app has not migrated fails the night's store step, changing nothing.
 * The schema is made by the app's own migration scripts (those in SQL; the two Java ones, V10 and V13, touch on
 * PostgreSQL only the event store's tables and indexes, which the Spark night does not write).
 */
class NightStoreTest {
    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final Path MIGRATIONS = Path.of("app/src/main/resources/db/migration");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = LocalSpark.start("night-store-test");
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void theNightIsRecordedAsTheBatchRecordsItAndARerunGivesTheSameRows(@TempDir Path dir) throws Exception {
        String url = migrated(freshSchema());

        SparkEvaluationTest.Run first = night("2026-03-23", "samples/events.jsonl", dir, url);

        assertThat(first.exit()).as(first.err()).isZero();
        SparkEvaluationTest.Accounted accounted = SparkEvaluationTest.Accounted.parse(first.lastErrLine());
        List<String> written = textParts(dir.resolve("nights/date=2026-03-23/violations")).stream().map(NightStoreTest::keyOfJson)
                .sorted().toList();
        // Every customer is touched on a first night: its violations are evaluate's at the night's end, in its order
        // (the whole-log FAIR-003 among them).
        List<String> expected = CommandLineReference.evaluate(List.of("samples/events.jsonl"), Path.of("samples/customers.csv"),
                Instant.parse("2026-03-23T23:59:59.999Z")).violations();
        assertThat(textParts(dir.resolve("nights/date=2026-03-23/violations"))).isEqualTo(expected).anyMatch(v -> v.contains("FAIR-003"));
        assertThat(written).hasSize((int) accounted.violations()).hasSizeGreaterThan(15);
        // The store holds the night's violations, first and last seen that night, and the run's record and counts.
        assertThat(rows(url, "SELECT code, subject, severity, measured, first_run_date, last_run_date, status FROM violations"))
                .isEqualTo(written.stream().map(k -> k + " | 2026-03-23 | 2026-03-23 | OPEN").sorted().toList());
        assertThat(rows(url, "SELECT code, subject FROM run_violations WHERE run_date = '2026-03-23'"))
                .hasSize(written.size());
        assertThat(rows(url, "SELECT status, attempt, read_count, evaluated, duplicates, rejected, violations, new_violations,"
                + " files, rules_version IS NOT NULL, customers > 0, interactions > 0 FROM nightly_runs"))
                .containsExactly("COMPLETED | 1 | 339 | 335 | 1 | 3 | " + written.size() + " | " + written.size() + " | 1 | true | true | true");
        assertThat(rows(url, "SELECT SUM(violations) FROM run_violation_counts WHERE run_date = '2026-03-23'"))
                .containsExactly(String.valueOf(written.size()));
        assertThat(rows(url, "SELECT attribute, group_label, interactions, refused FROM run_group_rates"))
                .contains("disability | yes | 43 | 16");
        // With the agent and queue the batch keeps: the cause event's agent, else the interaction's first; the queue
        // of its OPENED event, else channel/priority; none for the whole-log FAIR-003.
        assertThat(rows(url, "SELECT code, subject, agent_id, queue FROM violations WHERE subject IN ('T-1001', 'ev-0021',"
                + " 'disability=yes')")).containsExactly("FAIR-001 | ev-0021 | ag-09 | " + queueOf("T-2001"),
                "FAIR-003 | disability=yes | null | null", "RESP-001 | T-1001 | ag-07 | EMAIL/HIGH");
        assertThat(rows(url, "SELECT COUNT(*) FROM violations WHERE interaction_id IS NOT NULL AND queue IS NULL"))
                .containsExactly("0");
        List<String> stored = snapshot(url);

        // A person acknowledges one; the night again: the same rows, nothing twice, the person's status kept.
        execute(url, "UPDATE violations SET status = 'ACKNOWLEDGED' WHERE code = 'FAIR-004'");
        SparkEvaluationTest.Run again = night("2026-03-23", "samples/events.jsonl", dir, url);

        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.lastErrLine()).isEqualTo(first.lastErrLine());
        assertThat(snapshot(url)).isEqualTo(stored.stream().map(r -> r.startsWith("violations: FAIR-004 ")
                ? r.replace("| OPEN |", "| ACKNOWLEDGED |") : r).toList());
        assertThat(rows(url, "SELECT attempt FROM nightly_runs")).containsExactly("2");

        // The next night (one new event): what it sees again was first seen the night before, last seen tonight.
        Path tonight = dir.resolve("2026-03-24.jsonl");
        Files.writeString(tonight, "{\"eventId\":\"n2-1\",\"type\":\"OPENED\",\"at\":\"2026-03-24T09:00:00Z\","
                + "\"customerId\":\"new-customer\",\"interactionId\":\"n2-i1\",\"channel\":\"CHAT\"}\n");
        SparkEvaluationTest.Run next = night("2026-03-24", tonight.toString(), dir, url);

        assertThat(next.exit()).as(next.err()).isZero();
        List<String> seenAgain = rows(url, "SELECT code, subject FROM run_violations WHERE run_date = '2026-03-24'");
        assertThat(seenAgain).isNotEmpty();
        assertThat(rows(url, "SELECT DISTINCT first_run_date, last_run_date FROM violations v JOIN run_violations r"
                + " USING (code, subject) WHERE r.run_date = '2026-03-24'"))
                .contains("2026-03-23 | 2026-03-24").allMatch(r -> r.endsWith(" | 2026-03-24"));
        assertThat(rows(url, "SELECT new_violations FROM nightly_runs WHERE run_date = '2026-03-24'")).containsExactly(
                rows(url, "SELECT COUNT(*) FROM violations WHERE first_run_date = '2026-03-24'").get(0));
        // What only the first night saw stays last seen then.
        assertThat(rows(url, "SELECT COUNT(*) FROM violations WHERE last_run_date = '2026-03-23'")).containsExactly(
                String.valueOf(written.size() - rows(url, "SELECT 1 FROM run_violations r JOIN violations v USING (code, subject)"
                        + " WHERE r.run_date = '2026-03-24' AND v.first_run_date = '2026-03-23'").size()));
        assertThat(rows(url, "SELECT run_date, status FROM nightly_runs ORDER BY run_date"))
                .containsExactly("2026-03-23 | COMPLETED", "2026-03-24 | COMPLETED");

        // A rerun of the older night after the later one keeps the nights each violation was first and last seen, and
        // the nights' own rows (its details are the rerun night's, as the batch's rerun leaves them).
        List<String> afterNext = seenNights(url);
        SparkEvaluationTest.Run rerun = night("2026-03-23", "samples/events.jsonl", dir, url);

        assertThat(rerun.exit()).as(rerun.err()).isZero();
        assertThat(seenNights(url)).isEqualTo(afterNext);
        assertThat(rows(url, "SELECT run_date, attempt FROM nightly_runs")).containsExactly("2026-03-23 | 3", "2026-03-24 | 1");
    }

    @Test
    void aNightWithAnUnreadableInputIsRecordedWithWhatWasReadAndSaysSo(@TempDir Path dir) throws Exception {
        String url = migrated(freshSchema());

        SparkEvaluationTest.Run run = SparkEvaluationTest.run("night", "--date", "2026-03-23", "--events", "samples/events.jsonl",
                "--events", dir.resolve("missing.jsonl").toString(), "--customers", "samples/customers.csv",
                "--history", dir.resolve("history").toString(), "--output", dir.resolve("nights").toString(),
                "--rules", "rules", "--partitions", "3", "--jdbc-url", url, "--jdbc-user", "postgres");

        assertThat(run.exit()).isEqualTo(SparkEvaluator.FAILED);
        assertThat(run.lastErrLine()).startsWith("read=339 evaluated=335 duplicates=1 rejected=3 violations=");
        assertThat(rows(url, "SELECT status, read_count, files, message FROM nightly_runs")).containsExactly("COMPLETED | 339 | 2 | "
                + "1 input(s) could not be read, the others were evaluated: see date=2026-03-23/rejects");
        assertThat(rows(url, "SELECT COUNT(*) FROM violations")).containsExactly(
                String.valueOf(SparkEvaluationTest.Accounted.parse(run.lastErrLine()).violations()));
    }

    @Test
    void aStoreTheAppHasNotMigratedFailsTheStoreStepAndChangesNothing(@TempDir Path dir) throws Exception {
        String url = freshSchema();

        SparkEvaluationTest.Run run = night("2026-03-23", "samples/events.jsonl", dir, url);

        assertThat(run.exit()).isEqualTo(SparkEvaluator.FAILED);
        assertThat(run.err()).contains("error: night 2026-03-23 could not be recorded in the store (nothing of it changed there):"
                + " the store's schema is not the app's current one");
        assertThat(run.lastErrLine()).startsWith("read=339 evaluated=335 duplicates=1 rejected=3 violations=");
        assertThat(textParts(dir.resolve("nights/date=2026-03-23/violations"))).isNotEmpty();
        assertThat(rows(url, "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")).isEmpty();
    }

    private static SparkEvaluationTest.Run night(String date, String events, Path dir, String url) {
        return SparkEvaluationTest.run("night", "--date", date, "--events", events, "--customers", "samples/customers.csv",
                "--history", dir.resolve("history").toString(), "--output", dir.resolve("nights").toString(),
                "--format", "jsonl", "--rules", "rules", "--partitions", "3", "--jdbc-url", url, "--jdbc-user", "postgres");
    }

    /** The queue the samples' OPENED event of {@code interaction} names, else its channel/priority. */
    private static String queueOf(String interaction) throws IOException {
        try (Stream<String> lines = Files.lines(Path.of("samples/events.jsonl"))) {
            JsonNode opened = lines.filter(l -> l.contains("\"" + interaction + "\"") && l.contains("\"OPENED\""))
                    .map(JSON::readTree).findFirst().orElseThrow();
            return opened.has("queue") ? opened.get("queue").asString()
                    : opened.get("channel").asString() + "/" + opened.get("priority").asString();
        }
    }

    /** code | subject | severity | measured of a violation's JSON line, as the store's rows print. */
    private static String keyOfJson(String line) {
        JsonNode v = JSON.readTree(line);
        return v.get("code").asString() + " | " + v.get("subject").asString() + " | " + v.get("severity").asString() + " | "
                + (v.get("measured").isNull() ? "null" : String.valueOf(v.get("measured").asDouble()));
    }

    /** Every table the night writes, as sorted text (the run's times and attempt left out). */
    private static List<String> snapshot(String url) throws SQLException {
        List<String> all = new ArrayList<>();
        for (String table : List.of("violations", "run_violations", "run_violation_counts", "run_group_rates")) {
            rows(url, "SELECT * FROM " + table).forEach(r -> all.add(table + ": " + r));
        }
        rows(url, "SELECT run_date, status, as_of_ms, rules_version, files, read_count, evaluated, duplicates,"
                + " rejected, customers, interactions, violations, new_violations, fairness_min_group FROM nightly_runs")
                .forEach(r -> all.add("nightly_runs: " + r));
        return all.stream().sorted().toList();
    }

    /** Which nights saw which violations, first and last, and the nights' records. */
    private static List<String> seenNights(String url) throws SQLException {
        List<String> all = new ArrayList<>();
        rows(url, "SELECT code, subject, first_run_date, last_run_date, status FROM violations").forEach(r -> all.add("violations: " + r));
        snapshot(url).stream().filter(r -> !r.startsWith("violations: ")).forEach(all::add);
        return all.stream().sorted().toList();
    }

    private static List<String> rows(String url, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    cells.add(String.valueOf(rs.getObject(i)));
                }
                rows.add(String.join(" | ", cells));
            }
        }
        return rows.stream().sorted().toList();
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String freshSchema() throws SQLException {
        String schema = "spark_night_" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 1_000_000_000L
                + "_" + COUNTER.incrementAndGet();
        execute(POSTGRES, "CREATE SCHEMA " + schema);
        return POSTGRES + "?currentSchema=" + schema;
    }

    /**
     * Runs the app's SQL migrations in version order, as Flyway would on a fresh schema, but for those on the event
     * store's histories: that table is made by a Java migration (V13, the app's {@code EventHistoriesMigration}) that
     * this module cannot run, and the Spark night writes no events.
     */
    private static String migrated(String url) throws IOException, SQLException {
        List<Path> scripts;
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            scripts = files.filter(p -> p.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .filter(p -> !read(p).contains("event_histories"))
                    .sorted(Comparator.comparingInt(p -> Integer.parseInt(p.getFileName().toString().replaceAll("^V(\\d+)__.*", "$1"))))
                    .toList();
        }
        assertThat(scripts).hasSizeGreaterThan(10);
        for (Path script : scripts) {
            execute(url, Files.readString(script));
        }
        return url;
    }

    private static String read(Path script) {
        try {
            return Files.readString(script);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
