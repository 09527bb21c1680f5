package com.servicepolicy.evaluator.cli;

import com.servicepolicy.evaluator.engine.RuleSet;
import com.servicepolicy.evaluator.engine.RuleSetException;
import com.servicepolicy.evaluator.engine.RuleSetLoader;

import java.io.PrintWriter;
import java.nio.file.Path;

/** Shared handling of the {@code --rules} directory of the authoring commands. */
final class RulesDir {
    private RulesDir() {
    }

    /** What goes before a file name relative to the rules directory so that the path opens in an editor. */
    static String prefix(Path rules) {
        String dir = rules.toString().replace('\\', '/');
        return dir.isEmpty() || dir.equals(".") ? "" : dir.endsWith("/") ? dir : dir + "/";
    }

    /** Loads the rule set, or prints its problems and returns null. */
    static RuleSet load(Path rules, PrintWriter err) {
        try {
            return RuleSetLoader.load(rules);
        } catch (RuleSetException e) {
            printProblems(rules, e, err);
            return null;
        }
    }

    /** Prints each problem with a path that opens in an editor, then what to do. */
    static void printProblems(Path rules, RuleSetException e, PrintWriter err) {
        String prefix = prefix(rules);
        e.problems().forEach(p -> err.println(prefix + p));
        err.println("rules in " + rules + " do not load; run 'check --rules " + rules + "' for details");
        err.flush();
    }
}
