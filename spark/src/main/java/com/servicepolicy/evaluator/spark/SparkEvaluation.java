package com.servicepolicy.evaluator.spark;

import com.servicepolicy.evaluator.engine.EvaluationLimits;
import com.servicepolicy.evaluator.engine.RuleFiles;
import com.servicepolicy.evaluator.engine.RuleSet;
import com.servicepolicy.evaluator.engine.RuleSetException;
import com.servicepolicy.evaluator.evaluation.LogEvaluation;
import com.servicepolicy.evaluator.policy.Violation;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import static org.apache.spark.sql.functions.col;
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
        // Compiling takes seconds: the driver compiles while the inputs are read (in local mode its executors
        // then find the rules compiled), and broken rules stop the run before anything is written.
        CompletableFuture<RuleSet> compiling = CompletableFuture.supplyAsync(() -> {
            try {
                return ExecutorRules.get(text);
            } catch (RuleSetException e) {
                throw new CompletionException(e);
            }
        });
        DriverInputs.Customers customers = DriverInputs.customers(request.customers());
        Broadcast<CustomerTable> customerTable = sc.broadcast(new CustomerTable(customers.customers()));
        Broadcast<SerializableConfiguration> hadoop = sc.broadcast(new SerializableConfiguration(sc.hadoopConfiguration()));

        InputPlan.Planned plan = InputPlan.plan(sc, request.events(), request.splitBytes());
        Dataset<Row> read = spark.createDataFrame(
                sc.parallelize(plan.splits(), Math.max(1, plan.splits().size())).flatMap(new SplitReader(hadoop, request.parseThreads())),
                ReadRows.SCHEMA).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            return evaluate(request, compiling, ruleText, customerTable, customers, plan, read);
        } finally {
            read.unpersist();
        }
    }

    private Accounting evaluate(EvaluationRequest request, CompletableFuture<RuleSet> compiling, Broadcast<RuleText> ruleText,
                                Broadcast<CustomerTable> customerTable, DriverInputs.Customers customers,
                                InputPlan.Planned plan, Dataset<Row> read) throws RuleSetException {
        Accounting.Builder accounting = new Accounting.Builder();
        List<ReportLine> driverReports = new ArrayList<>(customers.reports());
        plan.errors().forEach(e -> driverReports.add(new ReportLine(e.file(), Long.MAX_VALUE, Reports.fileError(e.source(), e.reason()))));
        accounting.failedFiles(plan.errors().size() + (customers.failed() ? 1 : 0));
        Dataset<Row> readReports = read.filter(col("kind").equalTo(ReadRows.REPORT)).select("file", "line", "report");
        // One small job: each split's counts and the inputs that failed part-way (their report sorts last).
        for (Row r : read.filter(col("kind").equalTo(ReadRows.COUNTS).or(col("line").equalTo(Long.MAX_VALUE)))
                .select("kind", "read", "accepted", "rejected").collectAsList()) {
            if (r.getString(0).equals(ReadRows.COUNTS)) {
                accounting.read(r.getLong(1), r.getLong(2), r.getLong(3));
            } else {
                accounting.failedFiles(1);
            }
        }

        RuleSet rules = await(compiling);
        Dataset<Row> events = read.filter(col("kind").equalTo(ReadRows.EVENT));
        Dataset<Row> duplicates = Deduplication.duplicates(events).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            accounting.duplicates(duplicates.count());
            Dataset<Row> accepted = Deduplication.accepted(events, duplicates);
            Instant asOf = request.asOf() != null ? request.asOf() : defaultAsOf(accepted);

            Dataset<Row> parts = accepted.select("customerId", "payload", "file", "line")
                    .repartition(request.partitions(), col("customerId"))
                    .sortWithinPartitions("customerId", "file", "line")
                    .mapPartitions(new PartEvaluation(ruleText, customerTable, asOf),
                            Encoders.row(PartRows.SCHEMA))
                    .persist(StorageLevel.MEMORY_AND_DISK());
            try {
                List<Row> groupsAndFigures = parts.filter(col("kind").notEqual(PartRows.VIOLATION)).collectAsList();
                List<Row> wholeLog = judgeGroups(rules, asOf, groupsAndFigures);
                Dataset<Row> violations = parts.filter(col("kind").equalTo(PartRows.VIOLATION))
                        .union(spark.createDataFrame(wholeLog, PartRows.SCHEMA))
                        .orderBy("code", "subject");
                write(violations, request);
                accounting.violations(wholeLog.size() + groupsAndFigures.stream()
                        .filter(r -> r.getString(0).equals(PartRows.FIGURES)).mapToLong(r -> r.getLong(r.fieldIndex("violations"))).sum());
            } finally {
                parts.unpersist();
            }
            writeReports(driverReports, readReports.union(Deduplication.reports(duplicates)), request.rejects());
        } finally {
            duplicates.unpersist();
        }
        return accounting.build();
    }

    private static RuleSet await(CompletableFuture<RuleSet> compiling) throws RuleSetException {
        try {
            return compiling.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuleSetException problems) {
                throw problems;
            }
            throw e;
        }
    }

    /** The latest time of an evaluated event, as the command line's default asOf; now when there is none. */
    private static Instant defaultAsOf(Dataset<Row> accepted) {
        Row latest = accepted.agg(max("at")).first();
        return latest.isNullAt(0) ? Instant.now() : Instant.ofEpochMilli(latest.getLong(0));
    }

    /** Sums the partitions' group counts and lets the whole-log rules judge them once, as one run would. */
    private static List<Row> judgeGroups(RuleSet rules, Instant asOf, List<Row> groupsAndFigures) {
        Map<List<String>, long[]> sums = new TreeMap<>((a, b) -> a.get(0).equals(b.get(0))
                ? a.get(1).compareTo(b.get(1)) : a.get(0).compareTo(b.get(0)));
        for (Row r : groupsAndFigures) {
            if (r.getString(0).equals(PartRows.GROUP)) {
                long[] sum = sums.computeIfAbsent(List.of(r.getString(17), r.getString(18)), k -> new long[2]);
                sum[0] += r.getLong(19);
                sum[1] += r.getLong(20);
            }
        }
        if (sums.isEmpty()) {
            return List.of();
        }
        List<LogEvaluation.GroupCount> counts = new ArrayList<>();
        sums.forEach((k, v) -> counts.add(new LogEvaluation.GroupCount(k.get(0), k.get(1), v[0], v[1])));
        List<Violation> judged = new LogEvaluation(EvaluationLimits.DEFAULTS.withThreads(1)).judgeGroupCounts(rules, asOf, counts);
        return judged.stream().map(PartRows::violation).toList();
    }

    private static void write(Dataset<Row> sorted, EvaluationRequest request) {
        if (request.format() == OutputFormat.parquet) {
            sorted.selectExpr(PartRows.VIOLATION_COLUMNS.toArray(String[]::new))
                    .write().mode(SaveMode.Overwrite).parquet(request.output());
        } else {
            sorted.select("json").write().mode(SaveMode.Overwrite).text(request.output());
        }
    }

    private void writeReports(List<ReportLine> driverReports, Dataset<Row> otherReports, String rejects) {
        List<Row> rows = driverReports.stream().map(r -> RowFactory.create(r.file(), r.line(), r.json())).toList();
        // Rejects are few beside the events: one sorted file, without the sampling job of a global sort.
        spark.createDataFrame(rows, Deduplication.REPORT).union(otherReports)
                .repartition(1).sortWithinPartitions("file", "line").select("report")
                .write().mode(SaveMode.Overwrite).text(rejects);
    }
}
