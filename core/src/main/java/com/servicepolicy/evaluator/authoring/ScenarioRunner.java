package com.servicepolicy.evaluator.authoring;

import com.servicepolicy.evaluator.engine.Evaluator;
import com.servicepolicy.evaluator.engine.RuleSet;
import com.servicepolicy.evaluator.policy.Violation;

import java.util.ArrayList;
import java.util.List;

/** Evaluates a scenario against a rule set and compares the violations with its expectations. */
public final class ScenarioRunner {
    private final Evaluator evaluator;

    public ScenarioRunner(RuleSet ruleSet) {
        this.evaluator = new Evaluator(ruleSet);
    }

    public ScenarioResult run(Scenario scenario) {
        List<Violation> actual;
        try {
            actual = evaluator.evaluate(scenario.events(), scenario.customers(), scenario.asOf()).violations();
        } catch (RuntimeException e) {
            return new ScenarioResult(scenario, List.of(), List.of(), List.of(), List.of(),
                    e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        List<ExpectedViolation> missing = new ArrayList<>();
        List<Violation> unexpected = new ArrayList<>();
        List<String> differing = new ArrayList<>();
        List<ExpectedViolation> required = new ArrayList<>(scenario.includes());
        if (scenario.exact() != null) {
            required.addAll(scenario.exact());
            for (Violation v : actual) {
                if (scenario.exact().stream().noneMatch(x -> x.identifies(v))) {
                    unexpected.add(v);
                }
            }
        }
        for (ExpectedViolation expected : required) {
            List<Violation> found = actual.stream().filter(expected::identifies).toList();
            if (found.isEmpty()) {
                missing.add(expected);
            }
            for (Violation v : found) {
                expected.differences(v).forEach(d -> differing.add(v.code() + " " + v.subject() + ": " + d));
            }
        }
        for (ExpectedViolation excluded : scenario.excludes()) {
            actual.stream().filter(excluded::identifies).filter(v -> !unexpected.contains(v)).forEach(unexpected::add);
        }
        return new ScenarioResult(scenario, actual, missing, unexpected, differing.stream().distinct().toList(), null);
    }
}
