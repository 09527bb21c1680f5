package com.servicepolicy.evaluator.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class AuthoringCommandsTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = EvaluatorCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void checkPassesOnTheDefaultRules() {
        assertThat(run("check")).isZero();
        assertThat(out.toString()).isEqualTo("rules: 0 error(s), 0 warning(s)\n");
    }

    @Test
    void checkExitsOneAndNamesFileAndLineOnACompileError(@TempDir Path dir) throws Exception {
        Files.copy(Path.of("rules/settings.yaml"), dir.resolve("settings.yaml"));
        Files.writeString(dir.resolve("bad.drl"), "package p;\nrule \"x\"\nwhen\n    String( length > )\nthen\nend\n");

        assertThat(run("check", "--rules", dir.toString())).isEqualTo(1);
        assertThat(out.toString()).contains(dir + "/bad.drl:4:");
    }

    @Test
    void testRunsSelectedScenariosWithCoverageAndAThreshold() {
        assertThat(run("test", "--run", ": RESP-004 warns", "--coverage")).isZero();
        assertThat(out.toString()).contains("PASS: 1 passed, 0 failed", "rule coverage: 7.7% (1 of 13 rules");

        assertThat(run("test", "--run", ": RESP-004 warns", "--threshold", "50")).isEqualTo(1);
        assertThat(out.toString()).contains("FAIL: rule coverage 7.7% is below the threshold of 50.0%");
    }

    @Test
    void testWritesJson() {
        assertThat(run("test", "--run", "FUP-002 fires when nobody", "--format", "json")).isZero();
        assertThat(out.toString()).contains("\"passed\" : true", "\"scenarios\" : 1", "\"code\" : \"FUP-002\"");
    }

    @Test
    void explainPrintsTimelineClocksAndReasons() {
        assertThat(run("explain", "--events", "samples/events.jsonl", "--interaction", "T-1005")).isZero();
        assertThat(out.toString()).contains("Timeline", "RESOLUTION", "LATE", "RESP-003 RESOLUTION_LATE on T-1005",
                "FAIR-001 REFUSAL_WITHOUT_LEGITIMATE_REASON: no REFUSED event");
    }

    @Test
    void docsCheckFindsNoDrift() {
        assertThat(run("docs", "--check")).isZero();
        assertThat(out.toString()).contains("0 of 13 pages out of date");
    }
}
