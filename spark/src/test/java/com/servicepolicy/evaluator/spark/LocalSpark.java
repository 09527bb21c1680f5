package com.servicepolicy.evaluator.spark;

import org.apache.spark.sql.SparkSession;

/** The session every Spark test runs in: two local cores, as CI's `local[2]`, no UI, few shuffle partitions. */
final class LocalSpark {
    private LocalSpark() {
    }

    static SparkSession start(String appName) {
        return SparkSession.builder().master("local[2]").appName(appName)
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
    }
}
