package com.servicepolicy.evaluator.cli;

import com.servicepolicy.evaluator.engine.EvaluationResult;
import com.servicepolicy.evaluator.engine.Evaluator;
import com.servicepolicy.evaluator.engine.RuleLoopException;
import com.servicepolicy.evaluator.engine.RuleSet;
import com.servicepolicy.evaluator.ingest.InputFileException;
import com.servicepolicy.evaluator.ingest.ReadStats;
import com.servicepolicy.evaluator.policy.Severity;
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

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        RuleSet ruleSet = RulesDir.load(input.rules, err);
        if (ruleSet == null) {
            return EvaluatorCommand.IO_ERROR;
        }
        LogInput.Log log;
        try (InputReport report = rejects == null ? InputReport.toStderr(err) : InputReport.toJsonLines(newWriter(rejects))) {
            log = input.read(report);
        } catch (InputFileException e) {
            err.println("error: " + e.getMessage());
            return EvaluatorCommand.IO_ERROR;
        }
        EvaluationResult result;
        try {
            result = new Evaluator(ruleSet).evaluate(log.events(), log.customers(), input.asOfFor(log));
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
        ReadStats stats = log.stats();
        err.printf("read=%d evaluated=%d duplicates=%d rejected=%d violations=%d%n",
                stats.read(), stats.accepted(), stats.duplicates(), stats.rejected(), result.violations().size());
        err.flush();
        boolean failed = failOn != null && result.violations().stream().anyMatch(v -> v.severity().atLeast(failOn));
        return failed ? EvaluatorCommand.FAIL_ON : EvaluatorCommand.OK;
    }

    private static PrintWriter newWriter(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return new PrintWriter(new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8)));
    }
}
