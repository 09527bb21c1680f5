package com.servicepolicy.evaluator.cli;

import com.servicepolicy.evaluator.authoring.Finding;
import com.servicepolicy.evaluator.authoring.RuleSetChecker;
import com.servicepolicy.evaluator.engine.RuleSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code check}: compile and lint a rules directory, like {@code opa check}. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Compiles every .drl of the rules directory and lints rule metadata, settings and scenario files.",
                "Prints file:line:column: error|warning: message per problem; exits 1 when there is any error."})
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RulesOption rules;

    @Override
    public Integer call() {
        RuleSource source = rules.source(spec.commandLine().getErr());
        RuleSetChecker.Report report = RuleSetChecker.check(source);
        PrintWriter out = spec.commandLine().getOut();
        for (Finding f : report.findings()) {
            out.println(f.format(source));
        }
        out.printf("%s: %d error(s), %d warning(s)%n", source.describe(), report.errors(), report.warnings());
        out.flush();
        return report.hasErrors() ? EvaluatorCommand.IO_ERROR : EvaluatorCommand.OK;
    }
}
