package com.servicepolicy.evaluator.cli;

import com.servicepolicy.evaluator.engine.RuleSet;
import com.servicepolicy.evaluator.engine.RuleSetException;
import com.servicepolicy.evaluator.engine.RuleSetLoader;
import com.servicepolicy.evaluator.engine.RuleSource;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * The {@code --rules DIR} option of every command that judges or checks rules: the directory given,
 * else {@code ./rules} when it exists, else the catalog built into the jar (said in one line on stderr).
 */
final class RulesOption {
    @Option(names = "--rules", paramLabel = "DIR",
            description = "Rules directory (default: ./rules when it exists, else the catalog built into the jar).")
    Path rules;

    /** Where the rules come from; tells {@code err} when that is the built-in catalog. */
    RuleSource source(PrintWriter err) {
        RuleSource source = RuleSource.resolve(rules);
        if (source.isBuiltIn()) {
            err.println("rules: the built-in catalog (no ./rules directory here; --rules DIR uses your own)");
            err.flush();
        }
        return source;
    }

    /** Loads the rule set, or prints its problems and returns null. */
    static RuleSet load(RuleSource source, PrintWriter err) {
        try {
            return RuleSetLoader.load(source);
        } catch (RuleSetException e) {
            printProblems(source, e, err);
            return null;
        }
    }

    /** Prints each problem with a path that opens in an editor, then what to do. */
    static void printProblems(RuleSource source, RuleSetException e, PrintWriter err) {
        e.problems().forEach(p -> err.println(source.format(p)));
        err.println("rules in " + source.describe() + " do not load; run 'check"
                + source.directory().map(d -> " --rules " + d).orElse("") + "' for details");
        err.flush();
    }
}
