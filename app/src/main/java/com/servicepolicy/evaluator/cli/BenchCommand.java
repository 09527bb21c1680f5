package com.servicepolicy.evaluator.cli;

import com.servicepolicy.evaluator.engine.EvaluationLimits;
import com.servicepolicy.evaluator.engine.EvaluationResult;
import com.servicepolicy.evaluator.engine.RuleProfile;
import com.servicepolicy.evaluator.engine.RuleSet;
import com.servicepolicy.evaluator.engine.RuleSource;
import com.servicepolicy.evaluator.evaluation.CustomerHistories;
import com.servicepolicy.evaluator.evaluation.HeldLog;
import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.evaluation.LogEvaluation;
import com.servicepolicy.evaluator.ingest.InputFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code bench}: times the evaluation of a log with a rule set, as {@code opa bench} times a query: the log is
 * read and the rules compiled once, then the log is evaluated {@code --warmup} times unmeasured and {@code --runs}
 * times measured, reporting events per second and each rule's firings and consequence time.
 */
@Command(name = "bench", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Times the evaluation of an event log with the rules: events/s over repeated runs of the same",
                "log, and per rule the firings and the time spent in its 'then' part (per measured run).",
                "The log is read once and held in memory; reading and compiling are reported apart."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LogInput input;

    @Option(names = "--runs", defaultValue = "5", paramLabel = "N", description = "Measured runs (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--warmup", defaultValue = "1", paramLabel = "N", description = "Unmeasured runs first, for the JIT (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--threads", paramLabel = "N", description = "Rule sessions at once (default: as evaluate).")
    Integer threads;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE}).")
    BenchReport.Format format;

    @Override
    public Integer call() {
        if (runs < 1 || warmup < 0 || (threads != null && threads < 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--runs and --threads must be at least 1, --warmup at least 0");
        }
        PrintWriter err = spec.commandLine().getErr();
        RuleSource source = input.rules.source(err);
        long began = System.nanoTime();
        RuleSet rules = RulesOption.load(source, err);
        if (rules == null) {
            return EvaluatorCommand.IO_ERROR;
        }
        long compiled = System.nanoTime();
        LogEvaluation evaluation = new LogEvaluation(EvaluationLimits.DEFAULTS.withThreads(
                threads != null ? threads : EvaluationLimits.processorThreads()));
        HeldLog log;
        try (InputReport report = InputReport.toStderr(err)) {
            log = evaluation.read(input.request(), report);
        } catch (InputFileException e) {
            err.println("error: " + e.getMessage());
            return EvaluatorCommand.IO_ERROR;
        }
        long read = System.nanoTime();
        Instant asOf = input.asOf != null ? input.asOf : log.defaultAsOf();
        List<Event> events = log.events(); // evaluating a held log lets go of it: each run gets its own view
        RuleProfile profile = new RuleProfile();
        RuleSet profiled = rules.profiled(profile);
        long violations = 0;
        for (int i = 0; i < warmup; i++) {
            evaluation.evaluate(profiled, CustomerHistories.ofContiguous(events, log.customers()), asOf, false);
        }
        profile.reset();
        List<Long> runNanos = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            CustomerHistories histories = CustomerHistories.ofContiguous(events, log.customers());
            long start = System.nanoTime();
            EvaluationResult result = evaluation.evaluate(profiled, histories, asOf, false);
            runNanos.add(System.nanoTime() - start);
            violations = result.violations().size();
        }
        BenchReport report = new BenchReport(log.stats().accepted(), violations, (compiled - began) / 1_000_000,
                (read - compiled) / 1_000_000, runNanos, rules.rules(), profile.figures());
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == BenchReport.Format.json ? report.json() : report.text());
        out.flush();
        return EvaluatorCommand.OK;
    }
}
