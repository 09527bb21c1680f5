package com.servicepolicy.evaluator.authoring;

import com.servicepolicy.evaluator.engine.RuleFiles;
import com.servicepolicy.evaluator.engine.RuleSet;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Every scenario file of a rule set, run against it. */
public final class ScenarioSuite {

    /** What a run found: a result per scenario run, problems in the scenario files, and rule coverage. */
    public record Report(List<ScenarioResult> results, List<Finding> problems, Coverage coverage) {
        public long failed() {
            return results.stream().filter(r -> !r.passed()).count();
        }

        public boolean passed() {
            return failed() == 0 && problems.isEmpty();
        }
    }

    private ScenarioSuite() {
    }

    /** Parses every scenario file of a rule set ({@code *.test.yaml}, sub-directories included). */
    public static List<ScenarioParser.Parsed> read(RuleFiles files) {
        List<ScenarioParser.Parsed> out = new ArrayList<>();
        files.scenarios().forEach((name, text) -> out.add(ScenarioParser.parse(name, text)));
        return out;
    }

    /** Runs the scenarios whose {@code file:line: name} label {@code filter} accepts. */
    public static Report run(RuleSet ruleSet, RuleFiles files, Predicate<Scenario> filter) {
        ScenarioRunner runner = new ScenarioRunner(ruleSet);
        List<ScenarioResult> results = new ArrayList<>();
        List<Finding> problems = new ArrayList<>();
        for (ScenarioParser.Parsed parsed : read(files)) {
            problems.addAll(parsed.problems());
            parsed.scenarios().stream().filter(filter).map(runner::run).forEach(results::add);
        }
        return new Report(results, problems, Coverage.of(ruleSet.rules(), results));
    }
}
