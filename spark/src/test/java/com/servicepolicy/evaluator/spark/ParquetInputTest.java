package com.servicepolicy.evaluator.spark;

import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import static com.servicepolicy.evaluator.spark.SparkEvaluationTest.run;
import static com.servicepolicy.evaluator.spark.SparkEvaluationTest.textParts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parquet input (issue #20 item 1): a Parquet dataset with the contract's fields as columns is read by the core's
 * reader like any log, with the command line's violations and accounting; a bad row is rejected naming its file,
 * row, field and reason; a file whose columns the contract cannot take is a file error, not fatal to the others.
 */
class ParquetInputTest {
    private static final Path GOLDEN = Path.of("app/src/test/resources/golden");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> FIELDS = List.of("eventId", "type", "at", "customerId", "interactionId", "channel",
            "priority", "category", "topic", "queue", "status", "agentId", "internal", "reasonCode", "reasonText", "dueAt", "rating");
    private static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = LocalSpark.start("parquet-input-test");
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void theSamplesAsAParquetDatasetGiveTheCommandLinesViolationsAndAccounting(@TempDir Path dir) throws IOException {
        // Every line of the samples a row, every field a string column (a line that is not JSON: a row of nulls).
        StructType strings = new StructType(FIELDS.stream().map(f -> DataTypes.createStructField(f, DataTypes.StringType, true))
                .toArray(StructField[]::new));
        Path dataset = dir.resolve("samples-parquet");
        spark.read().schema(strings).json("samples/events.jsonl").coalesce(1).write().parquet(dataset.toString());

        SparkEvaluationTest.Run run = run("evaluate", "--events", dataset.toString(), "--customers", "samples/customers.csv",
                "--rules", "rules", "--output", dir.resolve("out").toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.lastErrLine()).isEqualTo("read=339 evaluated=335 duplicates=1 rejected=3 violations=20");
        assertThat(textParts(dir.resolve("out"))).isEqualTo(Files.readAllLines(GOLDEN.resolve("samples.jsonl")));
        List<JsonNode> rejects = textParts(dir.resolve("out-rejects")).stream().map(JSON::readTree).toList();
        assertThat(rejects).extracting(r -> r.get("kind").asString() + " " + r.get("line").asLong())
                .containsExactly("duplicate 41", "rejected 61", "rejected 81", "rejected 101");
        assertThat(rejects.get(0).get("source").asString()).startsWith(dataset + "/part-").endsWith(".parquet");
        assertThat(rejects.get(1).get("errors").get(0).get("field").asString()).isEqualTo("at");
        assertThat(rejects.get(1).get("errors").get(0).get("reason").asString()).isEqualTo("time without offset");
        assertThat(rejects.get(3).get("errors")).extracting(e -> e.get("field").asString()).contains("eventId", "type", "at");
    }

    @Test
    void typedColumnsAreReadAndBadRowsAreReportedWithFileRowFieldAndReason(@TempDir Path dir) throws IOException {
        StructType typed = new StructType()
                .add("eventId", DataTypes.StringType).add("type", DataTypes.StringType).add("at", DataTypes.TimestampType)
                .add("customerId", DataTypes.StringType).add("rating", DataTypes.IntegerType)
                .add("internal", DataTypes.BooleanType).add("unknownColumn", DataTypes.LongType);
        Timestamp at = Timestamp.from(Instant.parse("2026-03-10T08:00:00Z"));
        Path file = dir.resolve("reviews.parquet");
        spark.createDataFrame(List.of(
                RowFactory.create("r-1", "REVIEW_POSTED", at, "cust-1", 4, null, 7L),
                RowFactory.create("r-2", "NOPE", at, "cust-1", 4, null, 7L),
                RowFactory.create("r-3", "REVIEW_POSTED", null, "cust-2", 5, null, 7L),
                RowFactory.create("r-4", "REVIEW_POSTED", at, "cust-2", 9, null, 7L),
                RowFactory.create("r-1", "REVIEW_POSTED", at, "cust-1", 4, null, 7L)), typed)
                .coalesce(1).write().parquet(file.toString());
        // A timestamp without time zone says no instant: rejected as a time without offset, as in JSON Lines.
        Path local = dir.resolve("local-times");
        spark.createDataFrame(List.of(RowFactory.create("l-1", "REVIEW_POSTED", LocalDateTime.parse("2026-03-10T08:00:00"), "cust-3", 3)),
                new StructType().add("eventId", DataTypes.StringType).add("type", DataTypes.StringType)
                        .add("at", DataTypes.TimestampNTZType).add("customerId", DataTypes.StringType).add("rating", DataTypes.IntegerType))
                .coalesce(1).write().parquet(local.toString());
        // A column the contract cannot take (a list): the file cannot be read, the others are.
        Path lists = dir.resolve("lists.parquet");
        spark.createDataFrame(List.of(RowFactory.create("x-1", List.of("a", "b"))), new StructType()
                .add("eventId", DataTypes.StringType).add("topic", DataTypes.createArrayType(DataTypes.StringType)))
                .coalesce(1).write().mode(SaveMode.Overwrite).parquet(lists.toString());

        SparkEvaluationTest.Run run = run("evaluate", "--events", "parquet:" + file, "--events", local.toString(),
                "--events", lists.toString(), "--rules", "rules", "--output", dir.resolve("out").toString());

        assertThat(run.exit()).isEqualTo(SparkEvaluator.FAILED);
        assertThat(run.err()).contains("error: 1 input(s) could not be read");
        assertThat(run.lastErrLine()).isEqualTo("read=6 evaluated=1 duplicates=1 rejected=4 violations=0");
        List<String> reports = textParts(dir.resolve("out-rejects")).stream().map(JSON::readTree).map(r -> (r.get("kind").asString()
                + " " + r.get("source").asString() + (r.has("line") ? ":" + r.get("line").asLong() : "")
                + " " + (r.has("field") && !r.get("field").isNull() ? r.get("field").asString() + ": " : "") + r.get("reason").asString())
                .replace(dir + "/", "").replaceAll("part-[^ :]*\\.parquet", "part").replaceAll(" \\(expected one of.*", "")).toList();
        assertThat(reports).containsExactly(
                "rejected reviews.parquet/part:2 type: unknown value 'NOPE'",
                "rejected reviews.parquet/part:3 at: missing",
                "rejected reviews.parquet/part:4 rating: must be an integer from 1 to 5, got '9'",
                "duplicate reviews.parquet/part:5 duplicate of line 1",
                "rejected local-times/part:1 at: time without offset",
                "file-error lists.parquet/part cannot read lists.parquet/part: column 'topic' is a group (list, map or struct): "
                        + "expected a single value");
    }

    @Test
    void aDirectoryWithoutParquetFilesIsStillAnError(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "not events");
        SparkEvaluationTest.Run run = run("evaluate", "--events", "samples/events.jsonl", "--events", dir.toString(),
                "--rules", "rules", "--output", dir.resolve("out").toString());

        assertThat(run.exit()).isEqualTo(SparkEvaluator.FAILED);
        assertThat(Arrays.asList(run.err().split("\n"))).anyMatch(l -> l.startsWith("error: 1 input(s) could not be read"));
        assertThat(textParts(dir.resolve("out-rejects"))).anyMatch(l -> l.contains("cannot read " + dir + ": it is a directory"));
    }
}
