package com.servicepolicy.evaluator.cli;

import com.servicepolicy.evaluator.engine.EvaluationResult;
import com.servicepolicy.evaluator.engine.Evaluator;
import com.servicepolicy.evaluator.engine.RuleLoopException;
import com.servicepolicy.evaluator.engine.RuleSet;
import com.servicepolicy.evaluator.engine.RuleSetException;
import com.servicepolicy.evaluator.engine.RuleSetLoader;
import com.servicepolicy.evaluator.event.Customer;
import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.ingest.CustomerFileReader;
import com.servicepolicy.evaluator.ingest.Duplicate;
import com.servicepolicy.evaluator.ingest.EventLogReader;
import com.servicepolicy.evaluator.ingest.EventSink;
import com.servicepolicy.evaluator.ingest.InputFileException;
import com.servicepolicy.evaluator.ingest.ReadStats;
import com.servicepolicy.evaluator.ingest.Rejection;
import com.servicepolicy.evaluator.policy.Severity;
import picocli.CommandLine.Command;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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

    @Option(names = "--events", required = true, paramLabel = "FILE",
            description = "Event log: .jsonl/.ndjson or .csv, optionally .gz. Repeat for several files.")
    List<Path> events;

    @Option(names = "--customers", paramLabel = "FILE", description = "Customers file (.csv or .jsonl, optionally .gz) with protected attributes; needed for FAIR-003.")
    Path customers;

    @Option(names = "--as-of", paramLabel = "INSTANT", converter = InstantConverter.class,
            description = "Moment of evaluation, with offset (e.g. 2026-03-23T18:00:00Z). Default: the latest event time in the log.")
    Instant asOf;

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules", description = "Rules directory (default: ${DEFAULT-VALUE}).")
    Path rules;

    @Option(names = "--output", paramLabel = "FILE", description = "Write violations here instead of stdout.")
    Path output;

    @Option(names = "--rejects", paramLabel = "FILE", description = "Write rejected and duplicate lines here, as JSON Lines, instead of stderr.")
    Path rejects;

    @Option(names = "--format", defaultValue = "jsonl", paramLabel = "FORMAT", description = "jsonl, csv or table (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", description = "Exit 3 when a violation is at least this severe: INFO, MINOR, MAJOR, CRITICAL.")
    Severity failOn;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        RuleSet ruleSet;
        try {
            ruleSet = RuleSetLoader.load(rules);
        } catch (RuleSetException e) {
            e.problems().forEach(p -> err.println(rules.resolve(p.file()) + p.toString().substring(p.file().length())));
            err.println("error: the rules in " + rules + " cannot be used");
            return EvaluatorCommand.IO_ERROR;
        }
        List<Event> log = new ArrayList<>();
        ReadStats stats = ReadStats.EMPTY;
        Collection<Customer> customerList = List.of();
        try (InputReport report = rejects == null ? InputReport.toStderr(err) : InputReport.toJsonLines(newWriter(rejects))) {
            if (customers != null) {
                Map<String, Customer> byId = CustomerFileReader.readAll(customers, report::rejected);
                customerList = byId.values();
            }
            EventLogReader reader = new EventLogReader();
            for (Path file : events) {
                stats = stats.plus(reader.read(file, collectInto(log, report)));
            }
        } catch (InputFileException e) {
            err.println("error: " + e.getMessage());
            return EvaluatorCommand.IO_ERROR;
        }
        EvaluationResult result;
        try {
            result = new Evaluator(ruleSet).evaluate(log, customerList, asOf != null ? asOf : Evaluator.latestTime(log));
        } catch (RuleLoopException e) {
            err.println("error: " + e.getMessage());
            return EvaluatorCommand.IO_ERROR;
        }
        Writer out = output == null ? spec.commandLine().getOut() : newWriter(output);
        ViolationWriter.write(result.violations(), format, out);
        out.flush();
        if (output != null) {
            out.close();
        }
        err.printf("read=%d evaluated=%d duplicates=%d rejected=%d violations=%d%n",
                stats.read(), stats.accepted(), stats.duplicates(), stats.rejected(), result.violations().size());
        err.flush();
        boolean failed = failOn != null && result.violations().stream().anyMatch(v -> v.severity().atLeast(failOn));
        return failed ? EvaluatorCommand.FAIL_ON : EvaluatorCommand.OK;
    }

    private static EventSink collectInto(List<Event> log, InputReport report) {
        return new EventSink() {
            @Override
            public void accept(Event event) {
                log.add(event);
            }

            @Override
            public void rejected(Rejection rejection) {
                report.rejected(rejection);
            }

            @Override
            public void duplicate(Duplicate duplicate) {
                report.duplicate(duplicate);
            }
        };
    }

    private static PrintWriter newWriter(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return new PrintWriter(new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8)));
    }
}
