package com.servicepolicy.evaluator.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.servicepolicy.evaluator.engine.EvaluationLimits;
import com.servicepolicy.evaluator.engine.EvaluationStats;
import com.servicepolicy.evaluator.engine.RuleSet;
import com.servicepolicy.evaluator.engine.RuleSetLoader;
import com.servicepolicy.evaluator.generate.GeneratorOptions;
import com.servicepolicy.evaluator.generate.LineNoise;
import com.servicepolicy.evaluator.generate.LogFiles;
import com.servicepolicy.evaluator.generate.OutputFormat;
import com.servicepolicy.evaluator.generate.WriteSummary;
import com.servicepolicy.evaluator.ingest.Duplicate;
import com.servicepolicy.evaluator.ingest.EventInput;
import com.servicepolicy.evaluator.ingest.ReadStats;
import com.servicepolicy.evaluator.ingest.Rejection;
import com.servicepolicy.evaluator.policy.Violation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A log spilled to disk — with tiny limits, so that it spills at once, is split again and sorts its
 * violations through many run files — gives exactly what the same log held in memory gives: the same
 * violations in the same order (FAIR-003 included), the same accounting and reports, the same asOf.
 */
class SpilledLogEvaluationTest {
    private static RuleSet rules;
    private static WriteSummary generated;
    private final LogEvaluation evaluation = new LogEvaluation(EvaluationLimits.DEFAULTS.withThreads(2));

    @TempDir
    static Path generatedDir;

    @TempDir
    Path spillDir;

    @BeforeAll
    static void setUp() throws Exception {
        rules = RuleSetLoader.load(Path.of("rules"));
        generated = LogFiles.write(new GeneratorOptions(3_000, 5), generatedDir, OutputFormat.JSONL, false, new LineNoise(0.01, 0.01));
    }

    @Test
    void samplesSpilledFromTheFirstRecordIntoOnePartition() throws Exception {
        assertSpilledSameAsHeld(samples(), new SpillOptions(spillDir, 0, 1));
    }

    @Test
    void samplesSpilledAfterAFewRecordsIntoPartitionsTheInputsSizeChooses() throws Exception {
        assertSpilledSameAsHeld(samples(), new SpillOptions(spillDir, 5, 0));
    }

    @Test
    void generatedLogSplitAgainAndAgainWithViolationsSortedOnDisk() throws Exception {
        LogRequest request = LogRequest.ofFiles(List.of(EventInput.of(generated.eventsFile())), generated.customersFile());
        Outcome held = assertSpilledSameAsHeld(request, new SpillOptions(spillDir, 60, 2));
        assertThat(held.stats().duplicates()).isPositive();
        assertThat(held.stats().rejected()).isPositive();
        assertThat(held.violations()).hasSizeGreaterThan(500);
    }

    private Outcome assertSpilledSameAsHeld(LogRequest request, SpillOptions spill) throws Exception {
        Outcome held = run(request, SpillOptions.never(), false);
        Outcome spilled = run(request, spill, true);
        assertThat(spilled.violations()).isEqualTo(held.violations());
        assertThat(spilled.reports()).isEqualTo(held.reports());
        assertThat(spilled.stats()).isEqualTo(held.stats());
        assertThat(spilled.customerStats()).isEqualTo(held.customerStats());
        assertThat(spilled.asOf()).isEqualTo(held.asOf());
        assertThat(spilled.evaluated().events()).isEqualTo(held.evaluated().events());
        assertThat(spilled.evaluated().interactions()).isEqualTo(held.evaluated().interactions());
        assertThat(spilled.evaluated().afterAsOf()).isEqualTo(held.evaluated().afterAsOf());
        try (var left = Files.list(spillDir)) {
            assertThat(left).as("temporary files left behind").isEmpty();
        }
        return held;
    }

    private Outcome run(LogRequest request, SpillOptions spill, boolean mustSpill) throws Exception {
        List<String> reports = new ArrayList<>();
        ReadListener listener = new ReadListener() {
            @Override
            public void rejected(Rejection rejection) {
                reports.add("rejected " + rejection);
            }

            @Override
            public void duplicate(Duplicate duplicate) {
                reports.add("duplicate " + duplicate);
            }
        };
        try (ReadLog log = evaluation.read(request, listener, spill)) {
            assertThat(log instanceof SpilledReadLog).as("spilled").isEqualTo(mustSpill);
            List<Violation> violations = new ArrayList<>();
            Instant asOf = log.defaultAsOf();
            EvaluationStats evaluated = evaluation.evaluate(rules, log, asOf, violations::add);
            return new Outcome(violations, reports, log.stats(), log.customerStats(), asOf, evaluated);
        }
    }

    private static LogRequest samples() throws Exception {
        return LogRequest.ofFiles(List.of(EventInput.of(Path.of("samples/events.jsonl"))), Path.of("samples/customers.csv"));
    }

    private record Outcome(List<Violation> violations, List<String> reports, ReadStats stats, ReadStats customerStats,
                           Instant asOf, EvaluationStats evaluated) {
    }
}
