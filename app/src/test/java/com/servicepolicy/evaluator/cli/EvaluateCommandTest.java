package com.servicepolicy.evaluator.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The command line end to end, on the shipped samples and rules. */
class EvaluateCommandTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] SAMPLES = {"evaluate", "--events", "samples/events.jsonl", "--customers", "samples/customers.csv"};

    record Run(int exit, String out, String err) {
        List<JsonNode> violations() {
            return out.lines().map(JSON::readTree).toList();
        }

        String lastErrLine() {
            List<String> lines = err.lines().toList();
            return lines.get(lines.size() - 1);
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = EvaluatorCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    static String[] samplesWith(String... more) {
        String[] args = Arrays.copyOf(SAMPLES, SAMPLES.length + more.length);
        System.arraycopy(more, 0, args, SAMPLES.length, more.length);
        return args;
    }

    @Test
    void samplesGiveExactlyTheViolationsTheReadmeWalksThrough() {
        Run run = run(SAMPLES);
        assertThat(run.exit()).isZero();
        assertThat(run.violations()).extracting(v -> v.get("code").asString(), v -> v.get("subject").asString(),
                v -> v.get("severity").asString()).containsExactly(
                tuple("FAIR-001", "ev-0021", "MAJOR"), tuple("FAIR-001", "ev-0023", "MAJOR"),
                tuple("FAIR-002", "ev-0025", "CRITICAL"), tuple("FAIR-002", "ev-0027", "CRITICAL"),
                tuple("FAIR-003", "disability=yes", "MAJOR"),
                tuple("FAIR-004", "ev-0032", "MAJOR"), tuple("FAIR-005", "ev-0040", "MAJOR"),
                tuple("FAIR-006", "ev-0049", "CRITICAL"),
                tuple("FUP-001", "T-3001", "MINOR"), tuple("FUP-002", "ev-0062", "MAJOR"), tuple("FUP-003", "T-3103", "MINOR"),
                tuple("RESP-001", "T-1001", "MAJOR"), tuple("RESP-001", "T-1003", "MAJOR"),
                tuple("RESP-001", "T-1010", "MAJOR"), tuple("RESP-001", "T-1012", "MAJOR"),
                tuple("RESP-002", "ev-0011", "MINOR"),
                tuple("RESP-003", "T-1003", "MAJOR"), tuple("RESP-003", "T-1005", "MINOR"), tuple("RESP-003", "T-1009", "MINOR"),
                tuple("RESP-004", "T-1006", "INFO"));
        assertThat(run.lastErrLine()).isEqualTo("read=339 evaluated=335 duplicates=1 rejected=3 violations=20");
    }

    @Test
    void eachViolationCarriesTheCatalogFields() {
        JsonNode late = run(SAMPLES).violations().stream()
                .filter(v -> v.get("subject").asString().equals("T-1001")).findFirst().orElseThrow();
        assertThat(late.propertyNames()).containsSubsequence("code", "name", "policy", "severity", "subject",
                "customerId", "interactionId", "eventId", "measured", "threshold", "unit", "message", "actions");
        assertThat(late.get("name").asString()).isEqualTo("FIRST_RESPONSE_LATE");
        assertThat(late.get("customerId").asString()).isEqualTo("cust-001");
        assertThat(late.get("measured").asDouble()).isEqualTo(5.5);
        assertThat(late.get("threshold").asDouble()).isEqualTo(4.0);
        assertThat(late.get("actions").get(0).get("code").asString()).isEqualTo("REVIEW_STAFFING");
        assertThat(late.get("actions").get(0).get("description").asString()).startsWith("Review staffing");
    }

    @Test
    void groupStatisticsNameNoCustomerAndNoAttributeOfOne() {
        JsonNode disparity = run(SAMPLES).violations().stream()
                .filter(v -> v.get("code").asString().equals("FAIR-003")).findFirst().orElseThrow();
        assertThat(disparity.get("customerId").isNull()).isTrue();
        assertThat(disparity.get("interactionId").isNull()).isTrue();
        assertThat(disparity.toString()).doesNotContain("cust-");
    }

    @Test
    void everyRejectedAndDuplicateLineIsReportedWithFileLineAndReason() {
        Run run = run(SAMPLES);
        assertThat(run.err()).contains(
                "duplicate samples/events.jsonl:41: eventId ev-0285: duplicate of line 11",
                "rejected samples/events.jsonl:61: at: time without offset",
                "rejected samples/events.jsonl:81: type: unknown value 'ESCALATED'",
                "rejected samples/events.jsonl:101: not valid JSON");
    }

    @Test
    void rejectsAndOutputCanGoToFiles(@TempDir Path dir) throws IOException {
        Run run = run(samplesWith("--format", "csv", "--output", dir.resolve("out/v.csv").toString(),
                "--rejects", dir.resolve("rejects.jsonl").toString()));
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).containsExactly("read=339 evaluated=335 duplicates=1 rejected=3 violations=20");
        List<String> csv = Files.readAllLines(dir.resolve("out/v.csv"));
        assertThat(csv.get(0)).isEqualTo(String.join(",", ViolationWriter.COLUMNS));
        assertThat(csv).hasSize(21);
        List<JsonNode> rejects = Files.readAllLines(dir.resolve("rejects.jsonl")).stream().map(JSON::readTree).toList();
        assertThat(rejects).extracting(r -> r.get("kind").asString(), r -> r.get("line").asLong())
                .containsExactly(tuple("duplicate", 41L), tuple("rejected", 61L), tuple("rejected", 81L), tuple("rejected", 101L));
        assertThat(rejects.get(1).get("field").asString()).isEqualTo("at");
    }

    @Test
    void tableFormatIsForPeople() {
        Run run = run(samplesWith("--format", "table"));
        assertThat(run.out()).startsWith("SEVERITY").contains("RESP-004  T-1006").endsWith("20 violations\n");
    }

    @Test
    void failOnExitsThreeWhenAViolationIsAtLeastThatSevere() {
        assertThat(run(samplesWith("--fail-on", "CRITICAL")).exit()).isEqualTo(3);
        Run early = run(samplesWith("--fail-on", "CRITICAL", "--as-of", "2026-03-09T12:00:00Z"));
        assertThat(early.exit()).isZero();
        assertThat(early.lastErrLine()).startsWith("read=339 evaluated=335 ");
    }

    @Test
    void asOfDecidesWhatIsLateAndLaterEventsAreIgnored() {
        // 3h into T-1001's 4h target, its late reply (at 13:30) has not happened yet: at risk, not late
        Run run = run(samplesWith("--as-of", "2026-03-16T11:00:00Z"));
        assertThat(run.violations()).filteredOn(v -> v.get("subject").asString().equals("T-1001"))
                .extracting(v -> v.get("code").asString()).containsExactly("RESP-004");
        assertThat(run.violations()).extracting(v -> v.get("subject").asString()).doesNotContain("T-1006");
    }

    @Test
    void usageErrorsExitTwoWithAHelpfulMessage() {
        assertThat(run("evaluate").exit()).isEqualTo(2);
        assertThat(run("evaluate").err()).contains("Missing required option: '--events=FILE'");
        Run noOffset = run(samplesWith("--as-of", "2026-03-20T08:00:00"));
        assertThat(noOffset.exit()).isEqualTo(2);
        assertThat(noOffset.err()).contains("is not an instant with an offset");
        assertThat(run(samplesWith("--format", "xml")).exit()).isEqualTo(2);
        assertThat(run(samplesWith("--fail-on", "TERRIBLE")).exit()).isEqualTo(2);
    }

    @Test
    void aFileThatCannotBeReadExitsOne() {
        Run run = run("evaluate", "--events", "samples/no-such-file.jsonl");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("no-such-file.jsonl");
    }

    /** Issue #15: after a file-level error the last stderr line was "error: ...", not the accounting line. */
    @Test
    void theAccountingLineIsLastAfterEveryFailureAndCountsWhatWasReadBeforeIt(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("headerless.csv"), "e1,OPENED,2026-03-20T08:23:48Z,c1,i1\n");
        java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        try (var out = new java.util.zip.GZIPOutputStream(gz)) {
            out.write(Files.readAllBytes(Path.of("samples/events.jsonl")));
        }
        gz.write("trailing garbage".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Files.write(dir.resolve("garbage.jsonl.gz"), gz.toByteArray());

        Run headerless = run("evaluate", "--events", "samples/events.jsonl", "--events", dir.resolve("headerless.csv").toString());
        Run garbage = run("evaluate", "--events", dir.resolve("garbage.jsonl.gz").toString());
        Run missing = run("evaluate", "--events", "samples/no-such-file.jsonl");

        assertThat(headerless.exit()).isEqualTo(1);
        assertThat(headerless.err()).contains("error: cannot read " + dir.resolve("headerless.csv")
                + ": its first row names none of the contract's fields");
        String samples = run("evaluate", "--events", "samples/events.jsonl").lastErrLine(); // what the samples count
        assertThat(headerless.lastErrLine()).isEqualTo(samples.replaceAll("violations=\\d+", "violations=0"));
        assertThat(garbage.exit()).isEqualTo(1);
        assertThat(garbage.err()).contains("bytes that are not gzip data follow its last gzip member");
        assertThat(garbage.lastErrLine()).matches("read=\\d+ evaluated=\\d+ duplicates=\\d+ rejected=\\d+ violations=0");
        assertThat(missing.lastErrLine()).isEqualTo("read=0 evaluated=0 duplicates=0 rejected=0 violations=0");
    }

    @Test
    void brokenRulesExitOneWithFileLineAndColumn(@TempDir Path dir) throws IOException {
        Files.copy(Path.of("rules/settings.yaml"), dir.resolve("settings.yaml"));
        Files.writeString(dir.resolve("bad.drl"), "package policies.bad;\nrule \"x\"\nwhen\n  String( length > )\nthen\nend\n");
        Run run = run(samplesWith("--rules", dir.toString()));
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains(dir.resolve("bad.drl") + ":4:");
        assertThat(run.lastErrLine()).startsWith("read=").endsWith(" violations=0");
    }

    /** qa15: a rule that threw left picocli's "error:" as the last line, without the accounting the README promises. */
    @Test
    void aRuleThatThrowsExitsOneNamingItWithTheAccountingLineLast(@TempDir Path dir) throws IOException {
        com.servicepolicy.evaluator.engine.LoopingRules.throwingRule(dir);
        Run run = run("evaluate", "--events", "samples/events.jsonl", "--rules", dir.toString());
        String samples = run("evaluate", "--events", "samples/events.jsonl").lastErrLine();
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("error: rule '" + com.servicepolicy.evaluator.engine.LoopingRules.THROWER
                + "' failed: java.lang.IllegalStateException: a bug in the rule");
        assertThat(run.lastErrLine()).isEqualTo(samples.replaceAll("violations=\\d+", "violations=0"));
    }

    /**
     * qa15: a --rejects file that could not be created printed only "error: /path" (the exception's bare path) and
     * no accounting line; --output and --findings named the bare path too.
     */
    @Test
    void aFileThatCannotBeWrittenIsNamedWithWhyAndTheAccountingLineLast(@TempDir Path dir) throws IOException {
        Path notADirectory = Files.writeString(dir.resolve("plain-file"), "x");
        Run rejects = run("evaluate", "--events", "samples/events.jsonl", "--rejects", notADirectory.resolve("r.jsonl").toString());
        assertThat(rejects.exit()).isEqualTo(1);
        assertThat(rejects.err()).contains("error: cannot write the rejected lines to " + notADirectory.resolve("r.jsonl")
                + ": " + notADirectory + " is not a directory");
        assertThat(rejects.lastErrLine()).isEqualTo("read=0 evaluated=0 duplicates=0 rejected=0 violations=0");
        Run output = run("evaluate", "--events", "samples/events.jsonl", "--output", notADirectory.resolve("v.jsonl").toString());
        assertThat(output.err()).contains(": " + notADirectory + " is not a directory");
        Run findings = run("evaluate", "--events", "samples/events.jsonl", "--findings", notADirectory.resolve("f.jsonl").toString());
        assertThat(findings.err()).contains("error: cannot write the findings to " + notADirectory.resolve("f.jsonl")
                + ": " + notADirectory + " is not a directory");
    }

    /** qa15: a negative --hold-records failed the run (exit 1, "spill limits must not be negative") instead of a usage error. */
    @Test
    void aNegativeHoldRecordsIsAUsageError() {
        Run run = run(samplesWith("--hold-records", "-5"));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--hold-records must be at least 0, was -5");
    }

    @Test
    void helpDocumentsEveryOption() {
        Run run = run("evaluate", "--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("--events", "--customers", "--as-of", "--rules", "--output", "--rejects",
                "--format", "--fail-on", "Exit codes");
    }
}
