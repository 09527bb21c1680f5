package com.servicepolicy.evaluator.spark;

import com.servicepolicy.evaluator.generate.GeneratorOptions;
import com.servicepolicy.evaluator.generate.LineNoise;
import com.servicepolicy.evaluator.generate.LogFiles;
import com.servicepolicy.evaluator.generate.OutputFormat;
import org.apache.spark.sql.Row;
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
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static com.servicepolicy.evaluator.spark.SparkEvaluationTest.run;
import static com.servicepolicy.evaluator.spark.SparkEvaluationTest.textParts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nightly job on Spark (issue #20 item 4), in local[2]: a night's violations are {@code evaluate}'s over the
 * same history window (all of them on a first night, where every customer is touched; those of the night's
 * chosen customers and the whole-log ones on a later night), and a night run twice gives identical output and
 * an identical history, without duplicates.
 */
class NightJobTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = LocalSpark.start("night-job-test");
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void nightsAreEvaluatesOverTheHistoryWindowAndARerunGivesTheSameOutput(@TempDir Path dir) throws Exception {
        // A month of generated events (from 2026-01-05) with bad and repeated lines: the first night's input.
        LogFiles.write(new GeneratorOptions(1_500, 5), dir.resolve("gen"), OutputFormat.JSONL, false, new LineNoise(0.01, 0.01));
        Path events = dir.resolve("gen/events.jsonl");
        Path customers = dir.resolve("gen/customers.csv");
        Path history = dir.resolve("history");
        Path output = dir.resolve("nights");
        String asOf1 = "2026-02-10T23:59:59.999Z";

        SparkEvaluationTest.Run first = night("2026-02-10", events, customers, history, output);

        assertThat(first.exit()).as(first.err()).isZero();
        CommandLineReference expected = CommandLineReference.evaluate(List.of(events.toString()), customers, Instant.parse(asOf1));
        // Every customer is touched on the first night: the night's violations and accounting are evaluate's.
        assertThat(first.lastErrLine()).isEqualTo(expected.accounting());
        Path night1 = output.resolve("date=2026-02-10");
        List<String> violations1 = textParts(night1.resolve("violations"));
        assertThat(violations1).hasSizeGreaterThan(100).isEqualTo(expected.violations());
        // ...and evaluate over the history window (the night's Parquet directory) says the same.
        SparkEvaluationTest.Run overHistory = run("evaluate", "--events", history.resolve("date=2026-02-10").toString(),
                "--customers", customers.toString(), "--as-of", asOf1, "--rules", "rules", "--output", dir.resolve("eval1").toString());
        assertThat(overHistory.exit()).as(overHistory.err()).isZero();
        assertThat(textParts(dir.resolve("eval1"))).isEqualTo(violations1);
        assertThat(textParts(dir.resolve("eval1-rejects"))).isEmpty();

        // The same night again: the same output and history, no event stored twice.
        List<String> history1 = historyRows(history);
        List<String> rejects1 = textParts(night1.resolve("rejects"));
        List<String> chosen1 = textParts(night1.resolve("customers"));
        SparkEvaluationTest.Run again = night("2026-02-10", events, customers, history, output);
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.lastErrLine()).isEqualTo(first.lastErrLine());
        assertThat(textParts(night1.resolve("violations"))).isEqualTo(violations1);
        assertThat(textParts(night1.resolve("rejects"))).isEqualTo(rejects1).isNotEmpty();
        assertThat(textParts(night1.resolve("customers"))).isEqualTo(chosen1);
        assertThat(historyRows(history)).isEqualTo(history1)
                .hasSize((int) SparkEvaluationTest.Accounted.parse(expected.accounting()).evaluated());
        try (Stream<Path> staged = Files.list(history)) {
            assertThat(staged.map(p -> p.getFileName().toString())).containsExactly("date=2026-02-10");
        }

        // The next night: a repeat of a stored event, a bad line, new events of a known and of a new customer.
        Row stored = spark.read().parquet(history.resolve("date=2026-02-10").toString()).select("eventId", "customerId").first();
        String known = stored.getString(1);
        String repeated = "{\"eventId\":\"" + stored.getString(0) + "\",\"type\":\"CUSTOMER_MESSAGE\",\"at\":\"2026-02-11T08:00:00Z\","
                + "\"customerId\":\"" + known + "\",\"interactionId\":\"any\"}";
        Path tonight = dir.resolve("2026-02-11.jsonl");
        Files.writeString(tonight, String.join("\n", repeated,
                "{\"eventId\":\"n2-1\",\"type\":\"OPENED\",\"at\":\"2026-02-11T09:00:00Z\",\"customerId\":\"" + known
                        + "\",\"interactionId\":\"n2-i1\",\"channel\":\"EMAIL\"}",
                "{\"eventId\":\"n2-2\",\"type\":\"OPENED\",\"at\":\"2026-02-11T10:00:00Z\",\"customerId\":\"new-customer\","
                        + "\"interactionId\":\"n2-i2\",\"channel\":\"CHAT\",\"priority\":\"URGENT\"}",
                "{\"eventId\":\"n2-3\",\"type\":\"OPENED\",\"at\":\"2026-02-11\"}") + "\n");
        String asOf2 = "2026-02-11T23:59:59.999Z";

        SparkEvaluationTest.Run second = night("2026-02-11", tonight, customers, history, output);

        assertThat(second.exit()).as(second.err()).isZero();
        Path night2 = output.resolve("date=2026-02-11");
        List<JsonNode> rejects2 = textParts(night2.resolve("rejects")).stream().map(JSON::readTree).toList();
        assertThat(rejects2).extracting(r -> r.get("kind").asString() + " " + r.get("line").asLong() + " " + r.get("reason").asString())
                .containsExactly("duplicate 1 duplicate of an event stored by night 2026-02-10",
                        "rejected 4 " + rejects2.get(1).get("reason").asString());
        Set<String> chosen2 = new HashSet<>(textParts(night2.resolve("customers")));
        assertThat(second.err()).contains("night 2026-02-11: history window of 2 night(s), "
                + (historyRows(history).size()) + " events, " + chosen2.size() + " customers chosen");
        assertThat(chosen2).contains(known, "new-customer").hasSizeLessThan(new HashSet<>(chosen1).size());
        CommandLineReference window = CommandLineReference.evaluate(List.of(events.toString(), tonight.toString()), customers,
                Instant.parse(asOf2));
        List<String> expected2 = window.violations().stream().filter(v -> {
            JsonNode customer = JSON.readTree(v).get("customerId");
            return customer == null || customer.isNull() || chosen2.contains(customer.asString());
        }).toList();
        List<String> violations2 = textParts(night2.resolve("violations"));
        assertThat(violations2).isNotEmpty().isEqualTo(expected2).anyMatch(v -> v.contains("new-customer"));
        assertThat(second.lastErrLine()).isEqualTo("read=4 evaluated=2 duplicates=1 rejected=1 violations=" + expected2.size());
        // The first night's output is left as it was.
        assertThat(textParts(night1.resolve("violations"))).isEqualTo(violations1);
    }

    @Test
    void nightsOlderThanTheRetentionArePrunedAfterTheNight(@TempDir Path dir) throws Exception {
        Path history = dir.resolve("history");
        Path output = dir.resolve("nights");
        Path customers = Path.of("samples/customers.csv");
        SparkEvaluationTest.Run first = night("2026-03-23", Path.of("samples/events.jsonl"), customers, history, output);
        assertThat(first.exit()).as(first.err()).isZero();
        // Older nights, as copies of that one: beyond the retention of the next night, or just within it.
        for (String date : List.of("2026-01-01", "2026-02-11", "2026-02-12", "2026-02-20")) {
            copy(history.resolve("date=2026-03-23"), history.resolve("date=" + date));
        }
        Files.createDirectories(history.resolve("not-a-night"));
        Path tonight = dir.resolve("2026-03-24.jsonl");
        Files.writeString(tonight, "{\"eventId\":\"p-1\",\"type\":\"OPENED\",\"at\":\"2026-03-24T09:00:00Z\","
                + "\"customerId\":\"cust-001\",\"interactionId\":\"p-i1\",\"channel\":\"CHAT\"}\n");

        SparkEvaluationTest.Run next = run("night", "--date", "2026-03-24", "--events", tonight.toString(), "--customers",
                customers.toString(), "--history", history.toString(), "--output", output.toString(), "--rules", "rules",
                "--window-days", "30", "--retention-days", "41", "--partitions", "3");

        assertThat(next.exit()).as(next.err()).isZero();
        assertThat(next.err()).contains("night 2026-03-24: history kept from 2026-02-12, 2 older night(s) pruned");
        try (Stream<Path> left = Files.list(history)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("date=2026-02-12", "date=2026-02-20",
                    "date=2026-03-23", "date=2026-03-24", "not-a-night");
        }
        // The window (30 nights) read only the two nights in it.
        assertThat(next.err()).contains("night 2026-03-24: history window of 2 night(s)");

        SparkEvaluationTest.Run tooShort = run("night", "--date", "2026-03-24", "--events", tonight.toString(), "--history",
                history.toString(), "--output", output.toString(), "--window-days", "30", "--retention-days", "29");
        assertThat(tooShort.exit()).isEqualTo(2);
        assertThat(tooShort.err()).contains("--retention-days must be at least --window-days (30)");
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }

    private static SparkEvaluationTest.Run night(String date, Path events, Path customers, Path history, Path output) {
        return run("night", "--date", date, "--events", events.toString(), "--customers", customers.toString(),
                "--history", history.toString(), "--output", output.toString(), "--format", "jsonl", "--rules", "rules",
                "--partitions", "3");
    }

    /** The history's rows as text, sorted (the files' order is checked by the evaluations over them). */
    private static List<String> historyRows(Path history) {
        return spark.read().parquet(history.toString()).collectAsList().stream().map(Row::toString).sorted().toList();
    }
}
