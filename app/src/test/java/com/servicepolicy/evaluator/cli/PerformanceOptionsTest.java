package com.servicepolicy.evaluator.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static com.servicepolicy.evaluator.cli.EvaluateCommandTest.run;
import static com.servicepolicy.evaluator.cli.EvaluateCommandTest.samplesWith;
import static org.assertj.core.api.Assertions.assertThat;

/** The options the benchmarks rely on: --threads, --timings and the parse-only read command. */
class PerformanceOptionsTest {

    @Test
    void threadsDoNotChangeTheOutput() {
        EvaluateCommandTest.Run one = run(samplesWith("--threads", "1"));
        EvaluateCommandTest.Run three = run(samplesWith("--threads", "3"));
        assertThat(one.exit()).isZero();
        assertThat(one.violations()).hasSize(20);
        assertThat(three.out()).isEqualTo(one.out());
        assertThat(three.err()).isEqualTo(one.err());
    }

    @Test
    void threadsBelowOneIsAUsageError() {
        EvaluateCommandTest.Run run = run(samplesWith("--threads", "0"));
        assertThat(run.exit()).isEqualTo(EvaluatorCommand.USAGE);
        assertThat(run.err()).contains("--threads must be at least 1, was 0");
    }

    @Test
    void timingsComeBeforeTheSummaryLine() {
        EvaluateCommandTest.Run run = run(samplesWith("--timings"));
        assertThat(run.exit()).isZero();
        assertThat(run.lastErrLine()).isEqualTo("read=339 evaluated=335 duplicates=1 rejected=3 violations=20");
        assertThat(run.err().lines().filter(l -> l.startsWith("timings: ")))
                .singleElement().asString().matches("timings: read=\\d+ rules_wait=\\d+ evaluate=\\d+ write=\\d+ rules_compile=\\d+ \\(overlaps read\\)");
    }

    @Test
    void brokenRulesCompiledWhileReadingStillPrintOnlyTheirProblems(@TempDir Path dir) throws IOException {
        Files.copy(Path.of("rules/settings.yaml"), dir.resolve("settings.yaml"));
        Files.writeString(dir.resolve("bad.drl"), "package policies.bad;\nrule \"x\"\nwhen\n  String( length > )\nthen\nend\n");
        EvaluateCommandTest.Run run = run(samplesWith("--rules", dir.toString()));
        assertThat(run.exit()).isEqualTo(EvaluatorCommand.IO_ERROR);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(dir.resolve("bad.drl") + ":4:")
                .doesNotContain("rejected ", "duplicate ");
        java.util.List<String> lines = run.err().lines().toList();
        assertThat(lines.get(lines.size() - 2))
                .isEqualTo("rules in " + dir + " do not load; run 'check --rules " + dir + "' for details");
        // the accounting line comes last after any outcome (issue #15): nothing was evaluated
        assertThat(run.lastErrLine()).matches("read=\\d+ evaluated=\\d+ duplicates=\\d+ rejected=\\d+ violations=0");
    }

    @Test
    void readCountsEveryLineLikeEvaluateWithoutEvaluating() {
        EvaluateCommandTest.Run run = run("read", "--events", "samples/events.jsonl", "--customers", "samples/customers.csv",
                "--hold", "--compact");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("read=339 accepted=335 duplicates=1 rejected=3 customers=")
                .contains("held_events=335 held_heap_mb=");
        assertThat(run.err()).contains("rejected samples/events.jsonl:61: at: time without offset",
                "duplicate samples/events.jsonl:41: eventId ev-0285: duplicate of line 11");
    }
}
