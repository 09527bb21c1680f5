package com.servicepolicy.evaluator.spark;

import com.servicepolicy.evaluator.engine.RuleFiles;
import com.servicepolicy.evaluator.engine.RuleSetException;
import com.servicepolicy.evaluator.engine.RuleSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Option(names = "--split-bytes", hidden = true, paramLabel = "N", description = "Bytes per split, overriding --split-mb; "
            + "tests force tiny splits.")
    Long splitBytes;

    @Mixin
    JobOptions job;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (job.parseThreads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--parse-threads: expected at least 1, got " + job.parseThreads);
        }
        RuleSource source = RuleSource.resolve(rules);
        RuleFiles files;
        try {
            files = source.read();
        } catch (RuleSetException e) {
            return JobSession.rulesBroken(source, e, err);
        }
        JobSession session = JobSession.open(job.master);
        try {
            int parts = session.partitions(job.partitions);
            EvaluationRequest request = new EvaluationRequest(events, customers, asOf, output, format,
                    rejects != null ? rejects : output.replaceAll("/+$", "") + "-rejects", parts, splitBytes != null ? splitBytes : job.splitBytes(),
                    job.parseThreads);
            Accounting accounting = new SparkEvaluation(session.spark()).run(request, files);
            return JobSession.finish(accounting, request.rejects(), err);
        } catch (RuleSetException e) {
            return JobSession.rulesBroken(source, e, err);
        } finally {
            session.close();
        }
    }
}
