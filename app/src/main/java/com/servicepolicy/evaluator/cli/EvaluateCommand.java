package com.servicepolicy.evaluator.cli;

import com.servicepolicy.evaluator.engine.EvaluationLimits;
import com.servicepolicy.evaluator.engine.EvaluationResult;
import com.servicepolicy.evaluator.engine.RuleLoopException;
import com.servicepolicy.evaluator.engine.RuleSet;
import com.servicepolicy.evaluator.engine.RuleSetException;
import com.servicepolicy.evaluator.engine.RuleSource;
import com.servicepolicy.evaluator.evaluation.HeldLog;
import com.servicepolicy.evaluator.evaluation.LogEvaluation;
import com.servicepolicy.evaluator.evaluation.ReadListener;
import com.servicepolicy.evaluator.ingest.Duplicate;
import com.servicepolicy.evaluator.ingest.InputFileException;
import com.servicepolicy.evaluator.ingest.ReadStats;
import com.servicepolicy.evaluator.ingest.Rejection;
import com.servicepolicy.evaluator.policy.Severity;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    @Option(names = "--timings", description = "Before the last stderr line, print how long each phase took: "
            + "timings: read=MS rules_wait=MS evaluate=MS write=MS rules_compile=MS (overlaps read)")
    boolean timings;

    @Override
    public Integer call() throws IOException, RuleSetException {
        if (threads != null && threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1, was " + threads);
        }
        PrintWriter err = spec.commandLine().getErr();
        PhaseTimer timer = new PhaseTimer();
        RuleSource rules = input.rules.source(err);
        BackgroundRules compiling = BackgroundRules.start(rules);
        EvaluationLimits limits = EvaluationLimits.DEFAULTS.withThreads(threads != null ? threads : EvaluationLimits.processorThreads());
        LogEvaluation evaluation = new LogEvaluation(limits);
        HeldLog log;
        try (InputReport report = rejects == null ? InputReport.toStderr(err) : InputReport.toJsonLines(newWriter(rejects))) {
            // Nothing is reported before the rules are known to compile, so broken rules still print
            // only their problems; until the first bad line, reading overlaps compiling.
            log = evaluation.read(input.request(), gatedReport(report, new RulesGate(compiling)));
        } catch (InputFileException e) {
            if (!rulesBroken(rules, compiling, err)) {
                err.println("error: " + e.getMessage());
            }
            return failed(err, e.readBefore());
        } catch (RulesGate.Closed e) {
            rulesBroken(rules, compiling, err);
            return failed(err, ReadStats.EMPTY); // stopped at its first report: nothing was counted yet
        }
        timer.lap("read");
        if (rulesBroken(rules, compiling, err)) {
            return failed(err, log.stats());
        }
        RuleSet ruleSet = compiling.await();
        timer.lap("rules_wait");
        ReadStats stats = log.stats();
        EvaluationResult result;
        try {
            result = evaluation.evaluate(ruleSet, log, input.asOf != null ? input.asOf : log.defaultAsOf(), false);
        } catch (RuleLoopException e) {
            err.println("error: " + e.getMessage());
            return failed(err, stats);
        }
        timer.lap("evaluate");
        try {
            // Not a PrintWriter for a file: that would keep an IOException (a full disk) to itself.
            Writer out = output == null ? spec.commandLine().getOut() : newFile(output);
            ViolationWriter.write(result.violations(), format, out);
            if (output != null) {
                out.close(); // flushes, unless the JSON and CSV writers closed it already (and flushed it then)
            } else {
                out.flush();
            }
        } catch (IOException | java.io.UncheckedIOException | tools.jackson.core.JacksonException e) {
            err.println("error: cannot write the violations" + (output == null ? "" : " to " + output) + ": " + e.getMessage());
            return failed(err, stats);
        }
        timer.lap("write");
        if (timings) {
            err.println("timings: " + timer + " rules_compile=" + compiling.compileMillis() + " (overlaps read)");
        }
        accounting(err, stats, result.violations().size());
        boolean failed = failOn != null && result.violations().stream().anyMatch(v -> v.severity().atLeast(failOn));
        return failed ? EvaluatorCommand.FAIL_ON : EvaluatorCommand.OK;
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

    private static ReadListener gatedReport(InputReport report, RulesGate gate) {
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
            public void progress(long accepted) {
                gate.checkIfDone(); // broken rules stop a long read early
            }
        };
    }

    private static PrintWriter newWriter(Path file) throws IOException {
        return new PrintWriter(newFile(file));
    }

    private static BufferedWriter newFile(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }
}
