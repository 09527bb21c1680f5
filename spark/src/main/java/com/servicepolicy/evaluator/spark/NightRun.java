package com.servicepolicy.evaluator.spark;

import com.servicepolicy.evaluator.engine.RuleFiles;
import com.servicepolicy.evaluator.engine.RuleSet;
import com.servicepolicy.evaluator.engine.RuleSetException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;

import static org.apache.spark.sql.functions.col;

/**
 * The nightly job on Spark (docs/scale-out.md, "Night mode"): reads the night's inputs with the core's reader,
 * tells duplicates (by eventId, against earlier nights' history and within the night), replaces the night's
 * history directory with its accepted events, evaluates every customer of the history window at the night's
 * asOf with the core's use case (FAIR-003 over the whole window), and writes the violations of the night's
 * customers, its rejects and the customers it chose to {@code OUTPUT/date=D}, replaced whole. A rerun gives the
 * same history and the same output.
 */
final class NightRun {
    private final SparkSession spark;
    private final JavaSparkContext sc;
    private final java.io.PrintWriter err;
    private boolean storeFailed;

    NightRun(SparkSession spark, java.io.PrintWriter err) {
        this.spark = spark;
        this.err = err;
        this.sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    }

    Accounting run(NightRequest request, RuleFiles ruleFiles) throws RuleSetException {
        RuleText text = RuleText.of(ruleFiles);
        Broadcast<RuleText> ruleText = sc.broadcast(text);
        DriverRules compiling = new DriverRules(text);
        DriverInputs.Customers customers = DriverInputs.customers(request.customers());
        Broadcast<CustomerTable> customerTable = sc.broadcast(new CustomerTable(customers.customers()));
        // The history's times are instants: written as Parquet timestamps adjusted to UTC, not Spark's legacy INT96.
        spark.conf().set("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
        History history = new History(spark, request.history());
        Accounting.Builder accounting = new Accounting.Builder();
        accounting.failedFiles(customers.failed() ? 1 : 0);
        Path staging = new Path(new Path(request.output(), "_staging"), "date=" + request.date() + "-" + UUID.randomUUID());

        try (ReadStage tonight = ReadStage.read(spark, request.events(), request.splitBytes(), request.parseThreads(), accounting)) {
            RuleSet rules = compiling.await(); // broken rules stop the night before the history is touched
            List<ReportLine> driverReports = new ArrayList<>(customers.reports());
            driverReports.addAll(tonight.driverReports());
            Dataset<Row> events = tonight.events();
            Dataset<Row> stored = history.idsBefore(request.date());
            Dataset<Row> ofEarlierNights = events.join(stored, "eventId").persist(StorageLevel.MEMORY_AND_DISK());
            Dataset<Row> fresh = events.join(stored.select("eventId"), "eventId", "left_anti");
            Dataset<Row> duplicates = Deduplication.duplicates(fresh).persist(StorageLevel.MEMORY_AND_DISK());
            try {
                accounting.duplicates(duplicates.count() + ofEarlierNights.count());
                history.replace(request.date(), HistoryRows.of(Deduplication.accepted(fresh, duplicates)));
                Dataset<Row> reports = tonight.reports().union(Deduplication.reports(duplicates))
                        .union(historyDuplicateReports(ofEarlierNights));
                accounting.violations(evaluateWindow(request, history, rules, ruleText, customerTable, staging, driverReports,
                        reports, accounting));
            } finally {
                duplicates.unpersist();
                ofEarlierNights.unpersist();
            }
        }
        Directories.replace(fileSystem(staging), staging, new Path(request.output(), "date=" + request.date()));
        if (request.firstKept() != null) {
            List<java.time.LocalDate> pruned = history.pruneBefore(request.firstKept());
            err.printf("night %s: history kept from %s, %d older night(s) pruned%n", request.date(), request.firstKept(), pruned.size());
        }
        return accounting.build();
    }

    /**
     * Evaluates the window's customers, writes the chosen ones' violations, the chosen list and the rejects (tonight's,
     * and any the history's own files gave: none unless something else wrote there); returns how many violations.
     */
    private long evaluateWindow(NightRequest request, History history, RuleSet rules, Broadcast<RuleText> ruleText,
                                Broadcast<CustomerTable> customerTable, Path staging, List<ReportLine> driverReports,
                                Dataset<Row> reports, Accounting.Builder accounting) {
        List<String> window = history.window(request.date(), request.windowDays()).stream().map(Path::toString).toList();
        String tonight = window.get(window.size() - 1);
        Instant asOf = Instant.ofEpochMilli(request.asOf());
        Dataset<Row> chosen = NightCustomers.choose(spark, window, tonight, request.asOf(), request.recentFrom())
                .persist(StorageLevel.MEMORY_AND_DISK());
        List<String> inputs = window.stream().map(w -> InputPlan.PARQUET + ":" + w).toList();
        // The history holds accepted events only, each id once: read with the one reader, there is nothing to tell apart.
        Accounting.Builder windowCounts = new Accounting.Builder();
        try (ReadStage windowRead = ReadStage.read(spark, inputs, request.splitBytes(), request.parseThreads(), windowCounts);
             CustomerEvaluation evaluation = new CustomerEvaluation(windowRead.events(), request.partitions(), ruleText,
                     customerTable, asOf)) {
            Accounting windowFigures = windowCounts.build();
            accounting.failedFiles(windowFigures.failedFiles());
            List<ReportLine> allDriverReports = new ArrayList<>(driverReports);
            windowRead.driverReports().forEach(r -> allDriverReports.add(new ReportLine(Integer.MAX_VALUE, r.line(), r.json())));
            Outputs.rejects(spark, allDriverReports, reports.union(windowRead.reports()
                    .withColumn("file", org.apache.spark.sql.functions.lit(Integer.MAX_VALUE))), new Path(staging, "rejects").toString());
            long chosenCount = chosen.count();
            err.printf("night %s: history window of %d night(s), %d events, %d customers chosen%n",
                    request.date(), inputs.size(), windowFigures.evaluated(), chosenCount);
            Dataset<Row> ofCustomers = evaluation.customerViolations();
            // By name: a semi join on a column name puts that column first, and union matches columns by position.
            Dataset<Row> nightly = ofCustomers.join(chosen, "customerId", "left_semi")
                    .unionByName(ofCustomers.filter(col("customerId").isNull()))
                    .unionByName(spark.createDataFrame(evaluation.wholeLog(rules, asOf), PartRows.SCHEMA))
                    .orderBy("code", "subject")
                    .persist(StorageLevel.MEMORY_AND_DISK());
            try {
                Outputs.violations(nightly, new Path(staging, "violations").toString(), request.format());
                chosen.orderBy("customerId").coalesce(1).write().mode(SaveMode.Overwrite).text(new Path(staging, "customers").toString());
                long count = nightly.count();
                if (request.store() != null) {
                    accounting.violations(count);
                    store(request, rules, accounting.build(), chosenCount, evaluation, ViolationPlaces.of(spark, window, nightly));
                }
                return count;
            } finally {
                nightly.unpersist();
                chosen.unpersist();
            }
        }
    }

    /** Whether the night could not be recorded in the store (reported on stderr; its files are written). */
    boolean storeFailed() {
        return storeFailed;
    }

    /**
     * Records the night in the PostgreSQL store: its violations, with their agents and queues, are streamed to the
     * driver a partition at a time (a night's are few beside its events) and written in one transaction.
     */
    private void store(NightRequest request, RuleSet rules, Accounting figures, long customers,
                       CustomerEvaluation evaluation, Dataset<Row> placed) {
        NightStore.Night night = new NightStore.Night(request.date(), request.asOf(), rules.version(),
                request.events().size(), figures, customers, evaluation.interactions(), evaluation.groupCounts(),
                rules.settings().getDisparityMinGroupSize(), figures.failedFiles() == 0 ? null : figures.failedFiles()
                + " input(s) could not be read, the others were evaluated: see date=" + request.date() + "/rejects");
        long start = System.nanoTime();
        Iterator<Row> rows = placed.toLocalIterator();
        try {
            long[] seen = new NightStore(request.store()).record(night, new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return rows.hasNext();
                }

                @Override
                public NightStore.Seen next() {
                    Row r = rows.next();
                    return new NightStore.Seen(PartRows.violationOf(r), r.getAs(ViolationPlaces.AGENT), r.getAs(ViolationPlaces.QUEUE));
                }
            });
            err.printf("night %s: recorded in the store, %d violations seen, %d new (%.1f s)%n", request.date(), seen[0], seen[1],
                    (System.nanoTime() - start) / 1e9);
        } catch (SQLException e) {
            storeFailed = true;
            err.printf("error: night %s could not be recorded in the store (nothing of it changed there): %s%n",
                    request.date(), e.getMessage());
        }
    }

    /** Report lines of tonight's lines whose id an earlier night stored. */
    private static Dataset<Row> historyDuplicateReports(Dataset<Row> ofEarlierNights) {
        return ofEarlierNights.select("file", "line", "source", "eventId", "night")
                .map((MapFunction<Row, Row>) d -> RowFactory.create(d.getInt(0), d.getLong(1),
                        Reports.duplicateOfNight(d.getString(2), d.getLong(1), d.getString(3), d.getString(4))),
                        Encoders.row(Deduplication.REPORT));
    }

    private FileSystem fileSystem(Path path) {
        try {
            return path.getFileSystem(sc.hadoopConfiguration());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
