package com.servicepolicy.evaluator.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

import java.util.List;

/** Writes a run's violations (JSON Lines or Parquet) and its rejects (JSON Lines, in input order). */
final class Outputs {
    private Outputs() {
    }

    static void violations(Dataset<Row> sorted, String output, OutputFormat format) {
        if (format == OutputFormat.parquet) {
            sorted.selectExpr(PartRows.VIOLATION_COLUMNS.toArray(String[]::new))
                    .write().mode(SaveMode.Overwrite).parquet(output);
        } else {
            sorted.select("json").write().mode(SaveMode.Overwrite).text(output);
        }
    }

    static void rejects(SparkSession spark, List<ReportLine> driverReports, Dataset<Row> otherReports, String rejects) {
        List<Row> rows = driverReports.stream().map(r -> RowFactory.create(r.file(), r.line(), r.json())).toList();
        // Rejects are few beside the events: one sorted file, without the sampling job of a global sort.
        spark.createDataFrame(rows, Deduplication.REPORT).union(otherReports)
                .repartition(1).sortWithinPartitions("file", "line").select("report")
                .write().mode(SaveMode.Overwrite).text(rejects);
    }
}
