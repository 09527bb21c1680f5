package com.servicepolicy.evaluator.spark;

import com.servicepolicy.evaluator.engine.EvaluationLimits;
import com.servicepolicy.evaluator.engine.RuleSet;
import com.servicepolicy.evaluator.evaluation.LogEvaluation;
import com.servicepolicy.evaluator.policy.Violation;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.apache.spark.sql.functions.col;

/**
 * The evaluation of accepted events on the executors: repartitioned by customer and sorted by (customer,
 * input, line), so that each customer's whole history, in input order, goes to the core's use case
 * ({@link PartEvaluation}); the partitions' group counts are summed and judged once on the driver (FAIR-003,
 * one family for Holm), as one run of the command line judges them.
 */
final class CustomerEvaluation implements AutoCloseable {
    private final Dataset<Row> parts;
    private final List<Row> groupsAndFigures;

    CustomerEvaluation(Dataset<Row> accepted, int partitions, Broadcast<RuleText> rules,
                       Broadcast<CustomerTable> customers, Instant asOf) {
        this.parts = accepted.select("customerId", "payload", "file", "line")
                .repartition(partitions, col("customerId"))
                .sortWithinPartitions("customerId", "file", "line")
                .mapPartitions(new PartEvaluation(rules, customers, asOf), Encoders.row(PartRows.SCHEMA))
                .persist(StorageLevel.MEMORY_AND_DISK());
        this.groupsAndFigures = parts.filter(col("kind").notEqual(PartRows.VIOLATION)).collectAsList();
    }

    /** The violations of the customers' histories, unsorted, without the whole-log ones. */
    Dataset<Row> customerViolations() {
        return parts.filter(col("kind").equalTo(PartRows.VIOLATION));
    }

    /** How many violations the customers' histories gave. */
    long customerViolationCount() {
        return groupsAndFigures.stream().filter(r -> r.getString(0).equals(PartRows.FIGURES))
                .mapToLong(r -> r.getLong(r.fieldIndex("violations"))).sum();
    }

    /** The interactions the customers' histories held. */
    long interactions() {
        return groupsAndFigures.stream().filter(r -> r.getString(0).equals(PartRows.FIGURES))
                .mapToLong(r -> r.getLong(r.fieldIndex("interactions"))).sum();
    }

    /** The partitions' group counts summed: the whole run's, by attribute then group. */
    List<LogEvaluation.GroupCount> groupCounts() {
        Map<List<String>, long[]> sums = new TreeMap<>((a, b) -> a.get(0).equals(b.get(0))
                ? a.get(1).compareTo(b.get(1)) : a.get(0).compareTo(b.get(0)));
        for (Row r : groupsAndFigures) {
            if (r.getString(0).equals(PartRows.GROUP)) {
                long[] sum = sums.computeIfAbsent(List.of(r.getString(17), r.getString(18)), k -> new long[2]);
                sum[0] += r.getLong(19);
                sum[1] += r.getLong(20);
            }
        }
        List<LogEvaluation.GroupCount> counts = new ArrayList<>();
        sums.forEach((k, v) -> counts.add(new LogEvaluation.GroupCount(k.get(0), k.get(1), v[0], v[1])));
        return counts;
    }

    /** Lets the whole-log rules judge the summed group counts once, as one run would. */
    List<Row> wholeLog(RuleSet rules, Instant asOf) {
        List<LogEvaluation.GroupCount> counts = groupCounts();
        if (counts.isEmpty()) {
            return List.of();
        }
        List<Violation> judged = new LogEvaluation(EvaluationLimits.DEFAULTS.withThreads(1)).judgeGroupCounts(rules, asOf, counts);
        return judged.stream().map(PartRows::violation).toList();
    }

    @Override
    public void close() {
        parts.unpersist();
    }
}
