package com.servicepolicy.evaluator.spark;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;

import java.util.ArrayList;
import java.util.List;

import static org.apache.spark.sql.functions.col;

/**
 * The read of event inputs on the executors with the core's reader (one task per split, {@link SplitReader}):
 * the rows it gives (kept while the run needs them), the report lines of inputs the driver could not plan,
 * and the counts of every split, summed by one small job. Duplicates are left to the caller.
 */
final class ReadStage implements AutoCloseable {
    private final Dataset<Row> rows;
    private final List<ReportLine> driverReports = new ArrayList<>();
    private final Accounting.Builder accounting;

    private ReadStage(Dataset<Row> rows, Accounting.Builder accounting) {
        this.rows = rows;
        this.accounting = accounting;
    }

    static ReadStage read(SparkSession spark, List<String> inputs, long splitBytes, int parseThreads, Accounting.Builder accounting) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        var hadoop = sc.broadcast(new SerializableConfiguration(sc.hadoopConfiguration()));
        InputPlan.Planned plan = InputPlan.plan(sc, inputs, splitBytes);
        Dataset<Row> rows = spark.createDataFrame(
                sc.parallelize(plan.splits(), Math.max(1, plan.splits().size())).flatMap(new SplitReader(hadoop, parseThreads)),
                ReadRows.SCHEMA).persist(StorageLevel.MEMORY_AND_DISK());
        ReadStage stage = new ReadStage(rows, accounting);
        plan.errors().forEach(e -> stage.driverReports.add(
                new ReportLine(e.file(), Long.MAX_VALUE, Reports.fileError(e.source(), e.reason()))));
        accounting.failedFiles(plan.errors().size());
        // One small job: each split's counts and the inputs that failed part-way (their report sorts last).
        for (Row r : rows.filter(col("kind").equalTo(ReadRows.COUNTS).or(col("line").equalTo(Long.MAX_VALUE)))
                .select("kind", "read", "accepted", "rejected").collectAsList()) {
            if (r.getString(0).equals(ReadRows.COUNTS)) {
                accounting.read(r.getLong(1), r.getLong(2), r.getLong(3));
            } else {
                accounting.failedFiles(1);
            }
        }
        return stage;
    }

    /** Every valid record read, duplicates included (kind, file, line, source, eventId, customerId, at, payload). */
    Dataset<Row> events() {
        return rows.filter(col("kind").equalTo(ReadRows.EVENT));
    }

    /** The rejected records and the inputs that failed part-way, as (file, line, report). */
    Dataset<Row> reports() {
        return rows.filter(col("kind").equalTo(ReadRows.REPORT)).select("file", "line", "report");
    }

    /** The inputs the driver could not plan (missing, a directory, an unknown format). */
    List<ReportLine> driverReports() {
        return driverReports;
    }

    @Override
    public void close() {
        rows.unpersist();
    }
}
