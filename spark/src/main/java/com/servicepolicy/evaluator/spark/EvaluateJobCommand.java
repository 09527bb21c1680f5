package com.servicepolicy.evaluator.spark;

import com.servicepolicy.evaluator.engine.RuleFiles;
import com.servicepolicy.evaluator.engine.RuleProblem;
import com.servicepolicy.evaluator.engine.RuleSetException;
import com.servicepolicy.evaluator.engine.RuleSource;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "evaluate", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Evaluates event logs on Spark as the command line's evaluate does: the same reader, duplicates,",
                "violations and accounting. Violations go to --output (a directory of part files, in order), rejected,",
                "duplicate and unreadable inputs to --rejects; the last line on stderr is always",
                "  read=N evaluated=N duplicates=N rejected=N violations=N"})
final class EvaluateJobCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--events", required = true, paramLabel = "PATH", description = "Event log as any path Spark reads: "
            + ".jsonl/.ndjson or .csv, optionally .gz, or SOURCE:PATH (jsonl, csv). Repeat for several inputs.")
    List<String> events;

    @Option(names = "--customers", paramLabel = "FILE", description = "Customers file (read by the driver, broadcast).")
    Path customers;

    @Option(names = "--as-of", paramLabel = "INSTANT", description = "Moment of evaluation (default: the latest event time).")
    Instant asOf;

    @Option(names = "--rules", paramLabel = "DIR", description = "Rules directory on the driver (default: ./rules, else the built-in catalog).")
    Path rules;

    @Option(names = "--output", required = true, paramLabel = "PATH", description = "Where the violations are written (replaced).")
    String output;

    @Option(names = "--format", defaultValue = "jsonl", paramLabel = "FORMAT", description = "jsonl or parquet (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--rejects", paramLabel = "PATH", description = "Where rejected and duplicate lines and unreadable inputs are "
            + "written, as JSON Lines (default: OUTPUT-rejects).")
    String rejects;

    @Option(names = "--partitions", paramLabel = "N", description = "Partitions of customers evaluated apart "
            + "(default: 4 per core of the cluster). The result does not depend on it.")
    Integer partitions;

    @Option(names = "--split-mb", defaultValue = "32", paramLabel = "MB", description = "Bytes per task of a large plain "
            + "JSON Lines input, in MiB (default: ${DEFAULT-VALUE}).")
    int splitMb;

    @Option(names = "--split-bytes", hidden = true, paramLabel = "N", description = "Bytes per split, overriding --split-mb; "
            + "tests force tiny splits.")
    Long splitBytes;

    @Option(names = "--parse-threads", defaultValue = "1", paramLabel = "N", description = "Threads parsing a JSON Lines split "
            + "in its task (default: ${DEFAULT-VALUE}, the task's own: Spark already runs a task per core).")
    int parseThreads;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master when not started by spark-submit (default: local[*]).")
    String master;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (parseThreads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--parse-threads: expected at least 1, got " + parseThreads);
        }
        RuleSource source = RuleSource.resolve(rules);
        RuleFiles files;
        try {
            files = source.read();
        } catch (RuleSetException e) {
            return rulesBroken(source, e, err);
        }
        boolean ownSession = SparkSession.getDefaultSession().isEmpty();
        SparkSession spark = session();
        try {
            int parts = partitions != null ? partitions : 4 * spark.sparkContext().defaultParallelism();
            if (!spark.sparkContext().getConf().contains("spark.sql.shuffle.partitions")) {
                // Spark's 200 are far too many for the small shuffles besides the customers' (ids, sorting).
                spark.conf().set("spark.sql.shuffle.partitions", parts);
            }
            EvaluationRequest request = new EvaluationRequest(events, customers, asOf, output, format,
                    rejects != null ? rejects : output.replaceAll("/+$", "") + "-rejects", parts, splitBytes != null ? splitBytes : (long) splitMb << 20,
                    parseThreads);
            Accounting accounting = new SparkEvaluation(spark).run(request, files);
            if (accounting.failedFiles() > 0) {
                err.println("error: " + accounting.failedFiles() + " input(s) could not be read, the others were evaluated: see "
                        + request.rejects());
            }
            err.println(accounting.line());
            err.flush();
            return accounting.failedFiles() > 0 ? SparkEvaluator.FAILED : SparkEvaluator.OK;
        } catch (RuleSetException e) {
            return rulesBroken(source, e, err);
        } finally {
            if (ownSession) {
                spark.stop(); // a session this command found (a test's, a notebook's) is left running
            }
        }
    }

    private SparkSession session() {
        SparkConf conf = new SparkConf();
        SparkSession.Builder builder = SparkSession.builder().appName("service-policy-evaluate");
        if (master != null) {
            builder.master(master);
        } else if (!conf.contains("spark.master")) {
            builder.master("local[*]");
        }
        SparkSession spark = builder.getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        return spark;
    }

    private static int rulesBroken(RuleSource source, RuleSetException e, PrintWriter err) {
        for (RuleProblem problem : e.problems()) {
            err.println(source.format(problem));
        }
        err.println("read=0 evaluated=0 duplicates=0 rejected=0 violations=0");
        err.flush();
        return SparkEvaluator.FAILED;
    }
}
