package com.servicepolicy.evaluator.cli;

import com.servicepolicy.evaluator.cli.EvaluateCommandTest.Run;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;

import static com.servicepolicy.evaluator.cli.EvaluateCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code bench} (issue #18, item 2): events/s and per-rule firings on the samples, as text and as JSON for CI. */
class BenchCommandTest {
    private static final String[] SAMPLES = {"bench", "--events", "samples/events.jsonl", "--customers", "samples/customers.csv",
            "--runs", "2", "--warmup", "0"};

    @Test
    void jsonReportsEventsPerSecondAndEachRulesFiringsPerRun() {
        Run bench = run(with("--format", "json"));

        assertThat(bench.exit()).isZero();
        JsonNode report = JsonMapper.builder().build().readTree(bench.out());
        assertThat(report.get("events").asLong()).isEqualTo(335);
        assertThat(report.get("violations").asLong()).isEqualTo(20);
        assertThat(report.get("runs").asInt()).isEqualTo(2);
        assertThat(report.get("runMillis")).hasSize(2);
        assertThat(report.get("eventsPerSecond").asLong()).isPositive();
        List<String> codes = new ArrayList<>();
        long fair001Firings = -1;
        for (JsonNode rule : report.get("rules")) {
            codes.add(rule.get("code").asString());
            if ("FAIR-001".equals(rule.get("code").asString())) {
                fair001Firings = rule.get("firings").asLong();
            }
        }
        assertThat(codes).contains("RESP-001", "FAIR-003", "FUP-003").hasSize(13);
        assertThat(fair001Firings).isEqualTo(2); // the two FAIR-001 violations of the samples, per run
    }

    @Test
    void textReportsTheSameForPeople() {
        Run bench = run(SAMPLES);

        assertThat(bench.exit()).isZero();
        assertThat(bench.out()).startsWith("335 events, 20 violations; rules compiled in ")
                .contains("2 runs: median ").contains(" events/s").containsPattern("FAIR-001 +2 ");
    }

    private static String[] with(String... more) {
        List<String> args = new ArrayList<>(List.of(SAMPLES));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }
}
