package com.servicepolicy.evaluator.evaluation;

import com.servicepolicy.evaluator.engine.EvaluationLimits;
import com.servicepolicy.evaluator.engine.RuleSet;
import com.servicepolicy.evaluator.engine.RuleSetLoader;
import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.ingest.Duplicate;
import com.servicepolicy.evaluator.ingest.EventInput;
import com.servicepolicy.evaluator.ingest.Rejection;
import com.servicepolicy.evaluator.policy.Violation;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A log evaluated in parts (as Spark's partitions evaluate it): each part judges every rule but the
 * whole-log ones and hands back its group counts; the counts summed over the parts and judged once give
 * the whole log's FAIR-003, and the parts' violations plus that judgement are the whole log's violations.
 */
class PartsOfALogTest {
    private static final ReadListener SILENT = new ReadListener() {
        @Override
        public void rejected(Rejection rejection) {
        }

        @Override
        public void duplicate(Duplicate duplicate) {
        }
    };

    @Test
    void partsJudgeNoWholeLogRuleAndTheirSummedCountsGiveTheWholeLogs() throws Exception {
        LogEvaluation evaluation = new LogEvaluation(EvaluationLimits.DEFAULTS);
        RuleSet rules = RuleSetLoader.load(Path.of("rules"));
        LogRequest samples = LogRequest.ofFiles(List.of(EventInput.of(Path.of("samples/events.jsonl"))),
                Path.of("samples/customers.csv"));
        HeldLog whole = evaluation.read(samples, SILENT);
        Instant asOf = whole.defaultAsOf();
        List<Event> events = whole.events();
        List<Violation> wholeLog = evaluation.evaluate(rules, whole, asOf, false).violations();
        assertThat(wholeLog).extracting(Violation::code).contains("FAIR-003");

        List<Violation> ofParts = new ArrayList<>();
        Map<String, long[]> summed = new TreeMap<>();
        for (int part = 0; part < 2; part++) {
            int p = part;
            List<Event> partEvents = events.stream().filter(e -> Math.floorMod(e.getCustomerId().hashCode(), 2) == p).toList();
            LogEvaluation.PartResult result = evaluation.evaluatePart(rules,
                    CustomerHistories.ofContiguous(partEvents, whole.customers()), asOf);
            assertThat(result.groupCounts()).isNotEmpty();
            result.groupCounts().forEach(c -> {
                long[] s = summed.computeIfAbsent(c.attribute() + "\u0000" + c.group(), k -> new long[2]);
                s[0] += c.interactions();
                s[1] += c.refused();
            });
            ofParts.addAll(result.result().violations());
        }
        assertThat(ofParts).extracting(Violation::code).doesNotContain("FAIR-003");

        List<LogEvaluation.GroupCount> counts = new ArrayList<>();
        summed.forEach((key, s) -> counts.add(new LogEvaluation.GroupCount(key.substring(0, key.indexOf('\u0000')),
                key.substring(key.indexOf('\u0000') + 1), s[0], s[1])));
        List<Violation> judged = evaluation.judgeGroupCounts(rules, asOf, counts);

        assertThat(judged).isEqualTo(wholeLog.stream().filter(v -> v.code().equals("FAIR-003")).toList());
        List<Violation> all = new ArrayList<>(ofParts);
        all.addAll(judged);
        assertThat(all).containsExactlyInAnyOrderElementsOf(wholeLog);
    }
}
