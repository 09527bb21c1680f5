package com.servicepolicy.evaluator.spark;

import com.servicepolicy.evaluator.engine.EvaluationLimits;
import com.servicepolicy.evaluator.engine.EvaluationResult;
import com.servicepolicy.evaluator.engine.RuleSetLoader;
import com.servicepolicy.evaluator.evaluation.HeldLog;
import com.servicepolicy.evaluator.evaluation.LogEvaluation;
import com.servicepolicy.evaluator.evaluation.LogRequest;
import com.servicepolicy.evaluator.evaluation.ReadListener;
import com.servicepolicy.evaluator.ingest.Duplicate;
import com.servicepolicy.evaluator.ingest.EventInput;
import com.servicepolicy.evaluator.ingest.ReadStats;
import com.servicepolicy.evaluator.ingest.Rejection;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code evaluate} gives for some inputs, computed as its command does (app's EvaluateCommand): the one
 * use case's read into memory and evaluation, violations as JSON lines, reports as its stderr lines.
 */
record CommandLineReference(List<String> violations, List<String> reports, String accounting) {
    private static final ObjectWriter JSON = JsonMapper.builder().build().writer();

    static CommandLineReference evaluate(List<String> inputs, Path customers, Instant asOf) throws Exception {
        List<EventInput> files = new ArrayList<>();
        for (String input : inputs) {
            files.add(EventInput.parse(input));
        }
        List<String> reports = new ArrayList<>();
        LogEvaluation evaluation = new LogEvaluation(EvaluationLimits.DEFAULTS);
        HeldLog log = evaluation.read(LogRequest.ofFiles(files, customers), new ReadListener() {
            @Override
            public void rejected(Rejection rejection) {
                reports.add("rejected " + rejection);
            }

            @Override
            public void duplicate(Duplicate duplicate) {
                reports.add("duplicate " + duplicate);
            }
        });
        ReadStats stats = log.stats();
        EvaluationResult result = evaluation.evaluate(RuleSetLoader.load(Path.of("rules")), log,
                asOf != null ? asOf : log.defaultAsOf(), false);
        List<String> violations = new ArrayList<>();
        for (var v : result.violations()) {
            violations.add(JSON.writeValueAsString(v));
        }
        return new CommandLineReference(violations, reports, "read=%d evaluated=%d duplicates=%d rejected=%d violations=%d"
                .formatted(stats.read(), stats.accepted(), stats.duplicates(), stats.rejected(), violations.size()));
    }
}
