package com.servicepolicy.evaluator.evaluation;

import com.servicepolicy.evaluator.engine.EvaluationStats;
import com.servicepolicy.evaluator.engine.RuleSet;
import com.servicepolicy.evaluator.event.Customer;
import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.policy.Violation;
import com.servicepolicy.evaluator.spill.SortedViolations;
import com.servicepolicy.evaluator.spill.SpilledLog;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The evaluation of a spilled log: each partition (whole customers) is evaluated as a part of the log;
 * the parts' group counts are summed and judged once by the whole-log rules, as if the log had been held;
 * violations are sorted across partitions through temporary run files.
 */
final class PartitionedEvaluation {
    private final LogEvaluation evaluation;
    private final RuleSet ruleSet;
    private final Instant asOf;
    private final int heldViolations;
    private final Map<List<String>, long[]> groupCounts = new TreeMap<>(
            (a, b) -> a.get(0).equals(b.get(0)) ? a.get(1).compareTo(b.get(1)) : a.get(0).compareTo(b.get(0)));
    private long events;
    private long afterAsOf;
    private long interactions;
    private long sessions;
    private long firings;

    PartitionedEvaluation(LogEvaluation evaluation, RuleSet ruleSet, Instant asOf, int heldViolations) {
        this.evaluation = evaluation;
        this.ruleSet = ruleSet;
        this.asOf = asOf;
        this.heldViolations = heldViolations;
    }

    EvaluationStats evaluate(SpilledLog log, Consumer<Violation> out) {
        long started = System.nanoTime();
        SortedViolations violations = new SortedViolations(log.directory(), heldViolations);
        log.forEachPart(part -> {
            LogEvaluation.PartResult result = evaluation.evaluatePart(ruleSet, histories(part), asOf);
            violations.addAll(result.result().violations());
            add(result.result().stats());
            result.groupCounts().forEach(c -> {
                long[] sum = groupCounts.computeIfAbsent(List.of(c.attribute(), c.group()), k -> new long[2]);
                sum[0] += c.interactions();
                sum[1] += c.refused();
            });
        });
        List<LogEvaluation.GroupCount> counts = groupCounts.entrySet().stream()
                .map(e -> new LogEvaluation.GroupCount(e.getKey().get(0), e.getKey().get(1), e.getValue()[0], e.getValue()[1]))
                .toList();
        if (!counts.isEmpty()) {
            violations.addAll(evaluation.judgeGroupCounts(ruleSet, asOf, counts));
            sessions++;
        }
        violations.forEachSorted(out);
        return new EvaluationStats(events, afterAsOf, interactions, sessions, firings, (System.nanoTime() - started) / 1_000_000);
    }

    private void add(EvaluationStats stats) {
        events += stats.events();
        afterAsOf += stats.afterAsOf();
        interactions += stats.interactions();
        sessions += stats.sessions();
        firings += stats.firings();
    }

    private static CustomerHistories histories(SpilledLog.Part part) {
        return new CustomerHistories() {
            @Override
            public void forEachCustomer(Consumer<List<Event>> action) {
                Collection<List<Event>> histories = part.histories().values();
                histories.forEach(action);
            }

            @Override
            public Collection<Customer> customers() {
                return part.customers();
            }
        };
    }
}
