package com.servicepolicy.evaluator.cli;

import com.servicepolicy.evaluator.authoring.ScenarioReportJson;
import com.servicepolicy.evaluator.authoring.ScenarioReportText;
import com.servicepolicy.evaluator.authoring.ScenarioSuite;
import com.servicepolicy.evaluator.engine.RuleFiles;
import com.servicepolicy.evaluator.engine.RuleSet;
import com.servicepolicy.evaluator.engine.RuleSetException;
import com.servicepolicy.evaluator.engine.RuleSetLoader;
import com.servicepolicy.evaluator.engine.RuleSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** {@code test}: run the scenario files beside the rules, like {@code opa test}. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Runs the scenarios of every *.test.yaml in the rules directory and prints a diff for each failure.",
                "Exits 1 when a scenario fails, a scenario file has a problem, or rule coverage is below --threshold."})
final class TestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RulesOption rules;

    @Option(names = "--run", paramLabel = "REGEX", description = "Only scenarios whose 'file:line: name' matches (find, not full match).")
    String run;

    @Option(names = {"-v", "--verbose"}, description = "Also list passing scenarios and what they reported.")
    boolean verbose;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--coverage", description = "Report which rules fired in at least one scenario.")
    boolean coverage;

    @Option(names = "--threshold", paramLabel = "PCT", description = "Fail when rule coverage is below PCT percent (implies --coverage).")
    Double threshold;

    @Override
    public Integer call() {
        Pattern filter = filter();
        if (!format.equals("text") && !format.equals("json")) {
            throw new ParameterException(spec.commandLine(), "--format must be text or json, not '" + format + "'");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RuleSource source = rules.source(err);
        RuleFiles files;
        try {
            files = source.read();
        } catch (RuleSetException e) {
            RulesOption.printProblems(source, e, err);
            return EvaluatorCommand.IO_ERROR;
        }
        RuleSet ruleSet;
        try {
            ruleSet = RuleSetLoader.load(files);
        } catch (RuleSetException e) {
            RulesOption.printProblems(source, e, err);
            return EvaluatorCommand.IO_ERROR;
        }
        ScenarioSuite.Report report = ScenarioSuite.run(ruleSet, files, s -> filter == null || filter.matcher(s.label()).find());
        boolean withCoverage = coverage || threshold != null;
        boolean belowThreshold = threshold != null && report.coverage().percent() < threshold;
        if (format.equals("json")) {
            out.println(ScenarioReportJson.format(report, withCoverage));
        } else {
            out.print(ScenarioReportText.format(report, source.prefix(), verbose, withCoverage));
            if (belowThreshold) {
                out.printf(Locale.ROOT, "FAIL: rule coverage %.1f%% is below the threshold of %.1f%%%n",
                        report.coverage().percent(), threshold);
            }
        }
        out.flush();
        return report.passed() && !belowThreshold ? EvaluatorCommand.OK : EvaluatorCommand.IO_ERROR;
    }

    private Pattern filter() {
        if (run == null) {
            return null;
        }
        try {
            return Pattern.compile(run);
        } catch (PatternSyntaxException e) {
            throw new ParameterException(spec.commandLine(), "--run is not a regular expression: " + e.getDescription());
        }
    }
}
