package com.servicepolicy.evaluator.spark;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The Spark job's entry point, for {@code spark-submit --class} or {@code java -cp} (docs/scale-out.md).
 * Exit codes as the command line's: 0 success, 1 an input or the rules could not be read, 2 usage error.
 */
@Command(name = "spark-evaluator", mixinStandardHelpOptions = true, subcommands = {EvaluateJobCommand.class, NightJobCommand.class},
        description = "The service policy evaluation on Apache Spark: the command line's semantics, spread over a cluster.")
public final class SparkEvaluator implements Runnable {
    static final int OK = 0;
    static final int FAILED = 1;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        return new CommandLine(new SparkEvaluator()).execute(args);
    }

    /** With stderr going to {@code err} (tests). */
    static int run(java.io.PrintWriter err, String... args) {
        return new CommandLine(new SparkEvaluator()).setErr(err).execute(args);
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.err);
    }
}
