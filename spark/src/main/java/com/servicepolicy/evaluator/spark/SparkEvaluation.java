package com.servicepolicy.evaluator.spark;

import com.servicepolicy.evaluator.engine.RuleFiles;
import com.servicepolicy.evaluator.engine.RuleSet;
import com.servicepolicy.evaluator.engine.RuleSetException;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.apache.spark.sql.functions.max;

/**
 * The command line's evaluation on Spark, step by step the same: read every input with the core's reader
 * (split across executors), tell duplicates by eventId over the whole input, keep each customer's whole
 * history together (repartition by customer), evaluate each partition with the core's use case, sum the
 * partitions' group counts and let the rules judge them once on the driver (FAIR-003, one family for Holm),
 * and give the same violations, rejects and accounting line.
 */
final class SparkEvaluation {
    private final SparkSession spark;
    private final JavaSparkContext sc;

    SparkEvaluation(SparkSession spark) {
        this.spark = spark;
        this.sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    }

    Accounting run(EvaluationRequest request, RuleFiles ruleFiles) throws RuleSetException {
        RuleText text = RuleText.of(ruleFiles);
        Broadcast<RuleText> ruleText = sc.broadcast(text);
        DriverRules compiling = new DriverRules(text);
        DriverInputs.Customers customers = DriverInputs.customers(request.customers());
        Broadcast<CustomerTable> customerTable = sc.broadcast(new CustomerTable(customers.customers()));
        Accounting.Builder accounting = new Accounting.Builder();
        accounting.failedFiles(customers.failed() ? 1 : 0);
        try (ReadStage read = ReadStage.read(spark, request.events(), request.splitBytes(), request.parseThreads(), accounting)) {
            List<ReportLine> driverReports = new ArrayList<>(customers.reports());
            driverReports.addAll(read.driverReports());
            RuleSet rules = compiling.await();
            Dataset<Row> events = read.events();
            Dataset<Row> duplicates = Deduplication.duplicates(events).persist(StorageLevel.MEMORY_AND_DISK());
            try {
                accounting.duplicates(duplicates.count());
                Dataset<Row> accepted = Deduplication.accepted(events, duplicates);
                Instant asOf = request.asOf() != null ? request.asOf() : defaultAsOf(accepted);
                try (CustomerEvaluation evaluation = new CustomerEvaluation(accepted, request.partitions(), ruleText,
                        customerTable, asOf)) {
                    List<Row> wholeLog = evaluation.wholeLog(rules, asOf);
                    Outputs.violations(evaluation.customerViolations().union(spark.createDataFrame(wholeLog, PartRows.SCHEMA))
                            .orderBy("code", "subject"), request.output(), request.format());
                    accounting.violations(wholeLog.size() + evaluation.customerViolationCount());
                }
                Outputs.rejects(spark, driverReports, read.reports().union(Deduplication.reports(duplicates)), request.rejects());
            } finally {
                duplicates.unpersist();
            }
        }
        return accounting.build();
    }

    /** The latest time of an evaluated event, as the command line's default asOf; now when there is none. */
    private static Instant defaultAsOf(Dataset<Row> accepted) {
        Row latest = accepted.agg(max("at")).first();
        return latest.isNullAt(0) ? Instant.now() : Instant.ofEpochMilli(latest.getLong(0));
    }
}
