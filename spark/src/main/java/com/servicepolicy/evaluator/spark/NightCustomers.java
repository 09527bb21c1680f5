package com.servicepolicy.evaluator.spark;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.sql.Timestamp;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.when;

/**
 * The customers a night reports, as the command line's nightly batch chooses them (docs/batch.md, step 2):
 * those with events first stored tonight, those with an interaction opened in the window and not yet resolved
 * or refused, those with any event since {@code asOf - recent} (running follow-up, callback, accommodation or
 * reopened clocks), and those with a callback falling due since then. Read from the history's own columns.
 */
final class NightCustomers {
    private NightCustomers() {
    }

    /** The chosen customers (one column, customerId), from the window's history directories; tonight's is the last. */
    static Dataset<Row> choose(SparkSession spark, List<String> window, String tonight, long asOf, long recentFrom) {
        Dataset<Row> events = spark.read().parquet(window.toArray(String[]::new));
        Dataset<Row> touched = spark.read().parquet(tonight).select("customerId");
        Column closes = col("type").isin("RESOLVED", "REFUSED");
        Dataset<Row> open = events.filter(col("interactionId").isNotNull())
                .groupBy("customerId", "interactionId")
                .agg(max(when(col("type").equalTo("OPENED"), 1).otherwise(0)).as("opened"),
                        max(when(closes, 1).otherwise(0)).as("closed"))
                .filter(col("opened").equalTo(1).and(col("closed").equalTo(0)))
                .select("customerId");
        Timestamp from = new Timestamp(recentFrom);
        Timestamp to = new Timestamp(asOf);
        Dataset<Row> recent = events.filter(col("at").geq(lit(from))).select("customerId");
        Dataset<Row> callbacks = events.filter(col("type").equalTo("CALLBACK_PROMISED")
                .and(col("dueAt").between(lit(from), lit(to)))).select("customerId");
        return touched.union(open).union(recent).union(callbacks).distinct();
    }
}
