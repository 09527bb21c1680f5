package com.servicepolicy.evaluator.cli;

import com.servicepolicy.evaluator.authoring.PolicyDocs;
import com.servicepolicy.evaluator.engine.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code docs}: keep the header block of each docs/policies page equal to its rule's metadata. */
@Command(name = "docs", mixinStandardHelpOptions = true,
        description = {"Regenerates the metadata block of each rule's page (its @docs, or docs/policies/CODE.md),",
                "creating missing pages from a skeleton. With --check, writes nothing and exits 1 when a page differs."})
final class DocsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RulesOption rules;

    @Option(names = "--root", defaultValue = ".", description = "Directory the rules' @docs paths are relative to (default: ${DEFAULT-VALUE}).")
    Path root;

    @Option(names = "--check", description = "Only report pages that differ from their rule.")
    boolean check;

    @Override
    public Integer call() throws IOException {
        RuleSet ruleSet = RulesOption.load(rules.source(spec.commandLine().getErr()), spec.commandLine().getErr());
        if (ruleSet == null) {
            return EvaluatorCommand.IO_ERROR;
        }
        PrintWriter out = spec.commandLine().getOut();
        List<PolicyDocs.Drift> drift = check ? PolicyDocs.drift(ruleSet, root) : PolicyDocs.write(ruleSet, root);
        for (PolicyDocs.Drift d : drift) {
            out.println(d.page() + ":1:1: " + (check ? "error: " : "") + (d.missing() ? "missing page for " : "metadata block differs from ")
                    + d.rule().code() + (check ? "; run 'docs' to regenerate it" : ": written"));
        }
        out.printf("%d of %d pages %s%n", drift.size(), ruleSet.rules().size(), check ? "out of date" : "written");
        out.flush();
        return check && !drift.isEmpty() ? EvaluatorCommand.IO_ERROR : EvaluatorCommand.OK;
    }
}
