package com.servicepolicy.evaluator.cli;

import com.servicepolicy.evaluator.authoring.Finding;
import com.servicepolicy.evaluator.authoring.RuleSetChecker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code check}: compile and lint a rules directory, like {@code opa check}. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Compiles every .drl of the rules directory and lints rule metadata, settings and scenario files.",
                "Prints file:line:column: error|warning: message per problem; exits 1 when there is any error."})
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--rules", defaultValue = "rules", description = "Rules directory (default: ${DEFAULT-VALUE}).")
    Path rules;

    @Override
    public Integer call() {
        RuleSetChecker.Report report = RuleSetChecker.check(rules);
        PrintWriter out = spec.commandLine().getOut();
        String prefix = RulesDir.prefix(rules);
        for (Finding f : report.findings()) {
            out.println(f.format(prefix));
        }
        out.printf("%s: %d error(s), %d warning(s)%n", rules, report.errors(), report.warnings());
        out.flush();
        return report.hasErrors() ? EvaluatorCommand.IO_ERROR : EvaluatorCommand.OK;
    }
}
