package com.servicepolicy.evaluator.spark;

import com.servicepolicy.evaluator.engine.RuleProblem;
import com.servicepolicy.evaluator.engine.RuleSetException;
import com.servicepolicy.evaluator.engine.RuleSource;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

import java.io.PrintWriter;

/**
 * What the job's commands share: the Spark session (its own, stopped at the end, or one it found running, left
 * running), the partitions of customers, and how a run ends on stderr and in the exit code.
 */
record JobSession(SparkSession spark, boolean own) implements AutoCloseable {

    static JobSession open(String master) {
        boolean own = SparkSession.getDefaultSession().isEmpty();
        SparkConf conf = new SparkConf();
        SparkSession.Builder builder = SparkSession.builder().appName("service-policy-evaluator");
        if (master != null) {
            builder.master(master);
        } else if (!conf.contains("spark.master")) {
            builder.master("local[*]");
        }
        SparkSession spark = builder.getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        return new JobSession(spark, own);
    }

    /** The partitions of customers: {@code asked}, else 4 per core; also the small shuffles' count unless configured. */
    int partitions(Integer asked) {
        int parts = asked != null ? asked : 4 * spark.sparkContext().defaultParallelism();
        if (!spark.sparkContext().getConf().contains("spark.sql.shuffle.partitions")) {
            // Spark's 200 are far too many for the small shuffles besides the customers' (ids, sorting).
            spark.conf().set("spark.sql.shuffle.partitions", parts);
        }
        return parts;
    }

    /** Prints the accounting line (after the unread inputs' error, if any) and gives the exit code. */
    static int finish(Accounting accounting, String rejects, PrintWriter err) {
        if (accounting.failedFiles() > 0) {
            err.println("error: " + accounting.failedFiles() + " input(s) could not be read, the others were evaluated: see " + rejects);
        }
        err.println(accounting.line());
        err.flush();
        return accounting.failedFiles() > 0 ? SparkEvaluator.FAILED : SparkEvaluator.OK;
    }

    static int rulesBroken(RuleSource source, RuleSetException e, PrintWriter err) {
        for (RuleProblem problem : e.problems()) {
            err.println(source.format(problem));
        }
        err.println("read=0 evaluated=0 duplicates=0 rejected=0 violations=0");
        err.flush();
        return SparkEvaluator.FAILED;
    }

    @Override
    public void close() {
        if (own) {
            spark.stop(); // a session found running (a test's, a notebook's) is left running
        }
    }
}
