package com.servicepolicy.evaluator.cli;

import com.servicepolicy.evaluator.console.Terminal;
import com.servicepolicy.evaluator.engine.EvaluationLimits;
import com.servicepolicy.evaluator.engine.RuleFailedException;
import com.servicepolicy.evaluator.engine.RuleLoopException;
import com.servicepolicy.evaluator.engine.RuleSet;
import com.servicepolicy.evaluator.engine.RuleSetException;
import com.servicepolicy.evaluator.engine.RuleSource;
import com.servicepolicy.evaluator.evaluation.LogEvaluation;
import com.servicepolicy.evaluator.evaluation.LogRequest;
import com.servicepolicy.evaluator.evaluation.ReadListener;
import com.servicepolicy.evaluator.evaluation.ReadLog;
import com.servicepolicy.evaluator.evaluation.SpillOptions;
import com.servicepolicy.evaluator.ingest.Duplicate;
import com.servicepolicy.evaluator.ingest.EventInput;
import com.servicepolicy.evaluator.ingest.InputFileException;
import com.servicepolicy.evaluator.ingest.ReadStats;
import com.servicepolicy.evaluator.ingest.Rejection;
import com.servicepolicy.evaluator.ingest.SourceSummary;
import com.servicepolicy.evaluator.policy.Severity;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "evaluate", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Evaluates an interaction event log against the policies in the rules directory.",
                "Violations go to stdout (or --output), one per line; rejected and duplicate lines are reported on",
                "stderr (or --rejects); the last line on stderr is always",
                "  read=N evaluated=N duplicates=N rejected=N violations=N"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:a file or the rules could not be read, or a rule failed",
                "2:usage error", "3:a violation at least as severe as --fail-on was found"})
final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LogInput input;

    @Option(names = "--output", paramLabel = "FILE", description = "Write violations here instead of stdout.")
    Path output;

    @Option(names = "--rejects", paramLabel = "FILE", description = "Write rejected and duplicate lines here, as JSON Lines, instead of stderr.")
    Path rejects;

    @Option(names = "--format", defaultValue = "jsonl", paramLabel = "FORMAT", description = "jsonl, csv or table (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", description = "Exit 3 when a violation is at least this severe: INFO, MINOR, MAJOR, CRITICAL.")
    Severity failOn;

    @Option(names = "--threads", paramLabel = "N", description = "Rule sessions evaluated at once (default: the number of "
            + "processors, at most 4). The result does not depend on it.")
    Integer threads;

    @Option(names = "--temp-dir", paramLabel = "DIR", description = "Where a log too large for memory is kept while it is "
            + "evaluated, in partitions by customer (default: the system's temporary directory).")
    Path tempDir;

    @Option(names = "--hold-records", paramLabel = "N", description = "Customers and events held in memory before the log "
            + "moves to --temp-dir (default: by the maximum heap, about 60 %% of it at 0.4 KB each: a log that fits is "
            + "held, a larger one runs in any heap).")
    Long holdRecords;

    @Option(names = "--spill-partitions", hidden = true, paramLabel = "N", description = "Partitions of a log moved to "
            + "disk (default: by the inputs' size); tests force tiny ones.")
    int spillPartitions;

    @Option(names = "--findings", paramLabel = "FILE", description = "Write every data-quality finding of the inputs here "
            + "(JSON Lines); their counts go to stderr either way (docs/importers/findings.md).")
    Path findingsFile;

    private FindingsReport findings;

    @Option(names = "--timings", description = "Before the last stderr line, print how long each phase took: "
            + "timings: read=MS rules_wait=MS evaluate=MS write=MS rules_compile=MS (overlaps read)")
    boolean timings;

    @Override
    public Integer call() throws IOException, RuleSetException {
        if (threads != null && threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1, was " + threads);
        }
        if (holdRecords != null && holdRecords < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--hold-records must be at least 0, was " + holdRecords);
        }
        PrintWriter err = spec.commandLine().getErr();
        try {
            return readAndEvaluate(err);
        } finally {
            if (findings != null) {
                findings.discard(); // nothing once the findings are reported; after a failure, the tracks on disk
            }
        }
    }

    private int readAndEvaluate(PrintWriter err) throws IOException, RuleSetException {
        PhaseTimer timer = new PhaseTimer();
        RuleSource rules = input.rules.source(err);
        BackgroundRules compiling = BackgroundRules.start(rules);
        EvaluationLimits limits = EvaluationLimits.DEFAULTS.withThreads(threads != null ? threads : EvaluationLimits.processorThreads());
        LogEvaluation evaluation = new LogEvaluation(limits);
        ReadLog log;
        PrintWriter rejectsFile;
        try {
            rejectsFile = rejects == null ? null : new PrintWriter(ViolationOutput.newFile(rejects));
        } catch (IOException e) { // as --output: say what could not be written, and account for nothing read
            err.println("error: cannot write the rejected lines to " + rejects + ": " + e.getMessage());
            return failed(err, ReadStats.EMPTY);
        }
        ProgressLine progress = new ProgressLine(err, Terminal.stderrIsTerminal(), System::nanoTime);
        try (InputReport report = rejectsFile == null ? InputReport.toStderr(err) : InputReport.toJsonLines(rejectsFile)) {
            // Nothing is reported before the rules are known to compile, so broken rules still print
            // only their problems; until the first bad line, reading overlaps compiling.
            List<EventInput> inputs = input.inputs();
            SpillOptions spill = spillOptions();
            findings = new FindingsReport(inputs, spill);
            log = evaluation.read(LogRequest.ofFiles(inputs, input.customers),
                    findings.around(gatedReport(report, new RulesGate(compiling), progress)), spill);
        } catch (InputFileException e) {
            if (!rulesBroken(rules, compiling, err)) {
                err.println("error: " + e.getMessage());
            }
            return failed(err, e.readBefore());
        } catch (RulesGate.Closed e) {
            rulesBroken(rules, compiling, err);
            return failed(err, ReadStats.EMPTY); // stopped at its first report: nothing was counted yet
        } catch (UncheckedIOException e) {
            err.println("error: " + e.getMessage()); // the temporary files of a large log
            return failed(err, ReadStats.EMPTY);
        } finally {
            progress.clear();
        }
        try (log) {
            return evaluate(evaluation, log, compiling, rules, timer, err);
        }
    }

    private int evaluate(LogEvaluation evaluation, ReadLog log, BackgroundRules compiling, RuleSource rules, PhaseTimer timer, PrintWriter err)
            throws RuleSetException {
        timer.lap("read");
        ReadStats stats = log.stats();
        if (rulesBroken(rules, compiling, err)) {
            return failed(err, stats);
        }
        RuleSet ruleSet = compiling.await();
        timer.lap("rules_wait");
        ViolationWriter writer = ViolationWriter.open(format, this::openOutput);
        Severity[] worst = {null};
        long violations;
        try {
            evaluation.evaluate(ruleSet, log, input.asOf != null ? input.asOf : log.defaultAsOf(), v -> {
                if (worst[0] == null || v.severity().atLeast(worst[0])) {
                    worst[0] = v.severity();
                }
                writer.write(v);
            });
            timer.lap("evaluate");
            violations = writer.finish();
        } catch (RuleLoopException | RuleFailedException e) {
            err.println("error: " + e.getMessage());
            return failed(err, stats);
        } catch (ViolationOutput.Failed e) {
            err.println("error: cannot write the violations" + (output == null ? "" : " to " + output) + ": " + e.getMessage());
            return failed(err, stats);
        } catch (UncheckedIOException | tools.jackson.core.JacksonException e) {
            err.println("error: " + e.getMessage());
            return failed(err, stats);
        }
        timer.lap("write");
        if (timings) {
            err.println("timings: " + timer + " rules_compile=" + compiling.compileMillis() + " (overlaps read)");
        }
        try {
            findings.finish(err, findingsFile);
        } catch (IOException e) {
            err.println("error: cannot write the findings to " + findingsFile + ": " + e.getMessage());
            return failed(err, stats);
        }
        if (stats.read() > 0 && stats.rejected() == stats.read()) { // nothing usable: a wrong file, not a clean log
            err.println("error: every line of the input was rejected");
            accounting(err, stats, violations);
            return EvaluatorCommand.IO_ERROR;
        }
        accounting(err, stats, violations);
        boolean failed = failOn != null && worst[0] != null && worst[0].atLeast(failOn);
        return failed ? EvaluatorCommand.FAIL_ON : EvaluatorCommand.OK;
    }

    private SpillOptions spillOptions() {
        Path dir = tempDir != null ? tempDir : Path.of(System.getProperty("java.io.tmpdir"));
        SpillOptions byHeap = SpillOptions.forThisHeap(dir);
        return new SpillOptions(dir, holdRecords != null ? holdRecords : byHeap.holdRecords(), spillPartitions);
    }

    /** Stdout (left open) or the output file; failing to open or write it is told apart from other failures. */
    private Writer openOutput() {
        if (output == null) {
            return new ViolationOutput(spec.commandLine().getOut(), false);
        }
        try {
            return new ViolationOutput(ViolationOutput.newFile(output), true);
        } catch (IOException e) {
            throw new ViolationOutput.Failed(e);
        }
    }

    /**
     * The accounting line is the last line on stderr whatever happens (README): after a failure it counts the
     * lines read before it (evaluated: the valid ones, which nothing judged) and no violations.
     */
    private static int failed(PrintWriter err, ReadStats readBefore) {
        accounting(err, readBefore, 0);
        return EvaluatorCommand.IO_ERROR;
    }

    private static void accounting(PrintWriter err, ReadStats stats, long violations) {
        err.printf("read=%d evaluated=%d duplicates=%d rejected=%d violations=%d%n",
                stats.read(), stats.accepted(), stats.duplicates(), stats.rejected(), violations);
        err.flush();
    }

    /** Prints the rules' problems and returns true when they do not compile (waiting for the compiler). */
    private static boolean rulesBroken(RuleSource rules, BackgroundRules compiling, PrintWriter err) {
        try {
            compiling.await();
            return false;
        } catch (RuleSetException e) {
            RulesOption.printProblems(rules, e, err);
            return true;
        }
    }

    private static ReadListener gatedReport(InputReport report, RulesGate gate, ProgressLine progress) {
        return new ReadListener() {
            @Override
            public void rejected(Rejection rejection) {
                gate.pass();
                report.rejected(rejection);
            }

            @Override
            public void duplicate(Duplicate duplicate) {
                gate.pass();
                report.duplicate(duplicate);
            }

            @Override
            public void summary(SourceSummary summary) {
                gate.pass();
                report.summary(summary);
            }

            @Override
            public void progress(long accepted) {
                gate.checkIfDone(); // broken rules stop a long read early
                progress.events(accepted);
            }
        };
    }
}
