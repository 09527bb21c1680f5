package com.servicepolicy.evaluator.spark;

import picocli.CommandLine.Option;

/** How a Spark job reads and divides its work: the options `evaluate` and `night` share (a picocli mixin). */
final class JobOptions {
    @Option(names = "--partitions", paramLabel = "N", description = "Partitions of customers evaluated apart "
            + "(default: 4 per core of the cluster). The result does not depend on it.")
    Integer partitions;

    @Option(names = "--split-mb", defaultValue = "32", paramLabel = "MB", description = "Bytes per task of a large plain "
            + "JSON Lines input, in MiB (default: ${DEFAULT-VALUE}).")
    int splitMb;

    @Option(names = "--parse-threads", defaultValue = "1", paramLabel = "N", description = "Threads parsing a JSON Lines split "
            + "in its task (default: ${DEFAULT-VALUE}, the task's own: Spark already runs a task per core).")
    int parseThreads;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master when not started by spark-submit (default: local[*]).")
    String master;

    long splitBytes() {
        return (long) splitMb << 20;
    }
}
