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
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The differential test of issue #20: the Spark job in local[2] gives what {@code evaluate} gives, byte for
 * byte, on the samples and on a generated log (the command line's own recorded outputs in app's golden
 * files, which GoldenOutputTest keeps equal to {@code evaluate}): the violations in order, every rejected and
 * duplicate line with its file, line and reason in order, and the accounting line.
 */
class SparkEvaluationTest {
    private static final Path GOLDEN = Path.of("app/src/test/resources/golden");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = LocalSpark.start("spark-evaluation-test");
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void samplesGiveTheCommandLinesViolationsRejectsAndAccounting(@TempDir Path dir) throws IOException {
        Run run = run("evaluate", "--events", "samples/events.jsonl", "--customers", "samples/customers.csv",
                "--rules", "rules", "--output", dir.resolve("out").toString(), "--partitions", "3");

        assertThat(run.exit()).as(run.err()).isZero();
        List<String> goldenErr = Files.readAllLines(GOLDEN.resolve("samples.err"));
        assertThat(run.lastErrLine()).isEqualTo(goldenErr.get(goldenErr.size() - 1))
                .isEqualTo("read=339 evaluated=335 duplicates=1 rejected=3 violations=20");
        assertThat(textParts(dir.resolve("out"))).isEqualTo(Files.readAllLines(GOLDEN.resolve("samples.jsonl")));
        assertThat(asStderr(textParts(dir.resolve("out-rejects")))).isEqualTo(goldenErr.subList(0, goldenErr.size() - 1));
    }

    @Test
    void generatedLogReadInManySplitsGivesTheCommandLinesOutput(@TempDir Path dir) throws IOException {
        // The golden log of GoldenOutputTest: 20,000 interactions, seed 13, malformed and duplicate lines.
        LogFiles.write(new GeneratorOptions(20_000, 13), dir, OutputFormat.JSONL, false, new LineNoise(0.003, 0.003));
        Path events = dir.resolve("events.jsonl");
        assertThat(Files.size(events)).isGreaterThan(10_000_000);

        // Splits of 999,983 bytes (a prime: boundaries fall anywhere in lines) read by different tasks.
        Run run = run("evaluate", "--events", events.toString(), "--customers", dir.resolve("customers.csv").toString(),
                "--rules", "rules", "--output", dir.resolve("out").toString(), "--split-bytes", "999983", "--partitions", "5");

        assertThat(run.exit()).as(run.err()).isZero();
        List<String> goldenErr = gunzipLines(GOLDEN.resolve("gen20k.err.gz"));
        assertThat(run.lastErrLine()).isEqualTo(goldenErr.get(goldenErr.size() - 1));
        List<String> violations = textParts(dir.resolve("out"));
        assertThat(violations).hasSize(9344).isEqualTo(gunzipLines(GOLDEN.resolve("gen20k.jsonl.gz")));
        assertThat(asStderr(textParts(dir.resolve("out-rejects"))).stream().map(l -> l.replace(dir + "/", "GEN/")).toList())
                .isEqualTo(rejectsAndDuplicates(goldenErr));
    }

    /** The command line's stderr lines for lines not evaluated; its data-quality findings are not the Spark job's. */
    private static List<String> rejectsAndDuplicates(List<String> stderr) {
        return stderr.stream().filter(l -> l.startsWith("rejected ") || l.startsWith("duplicate ")).toList();
    }

    @Test
    void aBadFileIsReportedAndTheOtherFilesAreEvaluated(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("broken.jsonl.gz"); // the samples' first 40 lines, gzip cut off in the middle
        byte[] gzip = gzip(String.join("\n", Files.readAllLines(Path.of("samples/events.jsonl")).subList(0, 40)) + "\n");
        Files.write(broken, Arrays.copyOf(gzip, gzip.length / 2));
        String missing = dir.resolve("missing.jsonl").toString();

        Run run = run("evaluate", "--events", "samples/events.jsonl", "--events", missing, "--events", broken.toString(),
                "--customers", "samples/customers.csv", "--rules", "rules", "--output", dir.resolve("out").toString());

        assertThat(run.exit()).isEqualTo(SparkEvaluator.FAILED);
        assertThat(run.err()).contains("error: 2 input(s) could not be read");
        // The broken file's lines read before the failure are counted; they repeat the samples' eventIds.
        Accounted accounted = Accounted.parse(run.lastErrLine());
        assertThat(accounted.evaluated()).isEqualTo(335);
        assertThat(accounted.rejected()).isEqualTo(3);
        assertThat(accounted.read()).isEqualTo(accounted.evaluated() + accounted.duplicates() + accounted.rejected());
        assertThat(accounted.violations()).isEqualTo(20);
        assertThat(textParts(dir.resolve("out"))).isEqualTo(Files.readAllLines(GOLDEN.resolve("samples.jsonl")));
        List<JsonNode> fileErrors = textParts(dir.resolve("out-rejects")).stream().map(JSON::readTree)
                .filter(r -> r.get("kind").asString().equals("file-error")).toList();
        assertThat(fileErrors).extracting(r -> r.get("reason").asString()).containsExactly(
                "cannot read " + missing + ": no such file",
                "cannot read " + broken + ": the file ends before its gzip data are complete");
    }

    @Test
    void parquetHoldsTheSameViolations(@TempDir Path dir) throws IOException {
        Run run = run("evaluate", "--events", "samples/events.jsonl", "--customers", "samples/customers.csv",
                "--rules", "rules", "--output", dir.resolve("out").toString(), "--format", "parquet");

        assertThat(run.exit()).as(run.err()).isZero();
        List<String> read = new ArrayList<>();
        for (Row r : spark.read().parquet(dir.resolve("out").toString()).collectAsList()) {
            read.add(r.getAs("code") + " " + r.getAs("subject") + " " + r.getAs("severity") + " " + r.getAs("measured")
                    + " " + r.getList(r.fieldIndex("actions")).size());
        }
        List<String> expected = new ArrayList<>();
        for (String line : Files.readAllLines(GOLDEN.resolve("samples.jsonl"))) {
            JsonNode v = JSON.readTree(line);
            expected.add(v.get("code").asString() + " " + v.get("subject").asString() + " " + v.get("severity").asString()
                    + " " + (v.get("measured").isNull() ? null : v.get("measured").asDouble()) + " " + v.get("actions").size());
        }
        assertThat(read).isEqualTo(expected);
    }

    @Test
    void gzipCsvAndJsonLinesInputsWithAnAsOfGiveWhatTheUseCaseGives(@TempDir Path dir) throws Exception {
        // The same generated log as gzip CSV and as JSON Lines: every line of the second input repeats an
        // eventId of the first, so it is all duplicates of the other file, as the command line's registry says.
        GeneratorOptions options = new GeneratorOptions(1_500, 5);
        LogFiles.write(options, dir.resolve("csv"), OutputFormat.CSV, true, new LineNoise(0.01, 0.01));
        LogFiles.write(options, dir.resolve("jsonl"), OutputFormat.JSONL, false, new LineNoise(0.01, 0.01));
        List<String> inputs = List.of(dir.resolve("csv/events.csv.gz").toString(), dir.resolve("jsonl/events.jsonl").toString());
        Path customers = dir.resolve("csv/customers.csv.gz");
        String asOf = "2026-01-20T12:00:00Z";

        Run run = run("evaluate", "--events", inputs.get(0), "--events", inputs.get(1), "--customers", customers.toString(),
                "--as-of", asOf, "--rules", "rules", "--output", dir.resolve("out").toString(), "--split-bytes", "100000");

        assertThat(run.exit()).as(run.err()).isZero();
        CommandLineReference expected = CommandLineReference.evaluate(inputs, customers, java.time.Instant.parse(asOf));
        assertThat(run.lastErrLine()).isEqualTo(expected.accounting());
        assertThat(Accounted.parse(run.lastErrLine()).duplicates()).isGreaterThan(8_000);
        assertThat(textParts(dir.resolve("out"))).isNotEmpty().isEqualTo(expected.violations());
        assertThat(asStderr(textParts(dir.resolve("out-rejects")))).isEqualTo(expected.reports());
    }

    @Test
    void brokenRulesArePrintedAndNothingIsWritten(@TempDir Path dir) throws IOException {
        Path rules = dir.resolve("rules");
        Files.createDirectories(rules);
        Files.copy(Path.of("rules/settings.yaml"), rules.resolve("settings.yaml"));
        Files.writeString(rules.resolve("broken.drl"), "package p;\nrule \"r\" when then nothing(; end\n");

        Run run = run("evaluate", "--events", "samples/events.jsonl", "--rules", rules.toString(),
                "--output", dir.resolve("out").toString());

        assertThat(run.exit()).isEqualTo(SparkEvaluator.FAILED);
        assertThat(run.err()).contains(rules + "/broken.drl:");
        assertThat(run.lastErrLine()).isEqualTo("read=0 evaluated=0 duplicates=0 rejected=0 violations=0");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    record Run(int exit, String err) {
        String lastErrLine() {
            String[] lines = err.strip().split("\n");
            return lines[lines.length - 1];
        }
    }

    record Accounted(long read, long evaluated, long duplicates, long rejected, long violations) {
        static Accounted parse(String line) {
            long[] n = Arrays.stream(line.split(" ")).mapToLong(f -> Long.parseLong(f.substring(f.indexOf('=') + 1))).toArray();
            return new Accounted(n[0], n[1], n[2], n[3], n[4]);
        }
    }

    static Run run(String... args) {
        StringWriter err = new StringWriter();
        int exit = SparkEvaluator.run(new PrintWriter(err, true), args);
        return new Run(exit, err.toString());
    }

    /** The lines of a directory Spark wrote, part file after part file. */
    static List<String> textParts(Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(dir)) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lines.addAll(Files.readAllLines(part));
            }
        }
        return lines;
    }

    /** The rejects output as the command line prints it on stderr without --rejects. */
    static List<String> asStderr(List<String> rejects) {
        return rejects.stream().map(JSON::readTree).map(r -> {
            String at = r.get("source").asString() + ":" + r.get("line").asLong() + ": ";
            if (r.get("kind").asString().equals("duplicate")) {
                return "duplicate " + at + "eventId " + r.get("eventId").asString() + ": " + r.get("reason").asString();
            }
            List<String> errors = new ArrayList<>();
            r.get("errors").forEach(e -> errors.add(e.get("field").isNull() ? e.get("reason").asString()
                    : e.get("field").asString() + ": " + e.get("reason").asString()));
            return "rejected " + at + String.join("; ", errors);
        }).toList();
    }

    static List<String> gunzipLines(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    private static byte[] gzip(String text) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
