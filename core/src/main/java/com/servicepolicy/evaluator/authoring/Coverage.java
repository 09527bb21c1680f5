package com.servicepolicy.evaluator.authoring;

import com.servicepolicy.evaluator.policy.RuleInfo;
import com.servicepolicy.evaluator.policy.Violation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rule coverage of a test run: a rule is covered when it reported a violation in at least one
 * scenario (like {@code opa test --coverage}, but per rule). Helper rules without {@code @code}
 * report nothing and are not counted.
 */
public record Coverage(List<RuleCoverage> rules) {

    /** How often one rule fired, and in how many scenarios it was asserted not to fire. */
    public record RuleCoverage(RuleInfo rule, int firedIn, int assertedSilentIn) {
        public boolean covered() {
            return firedIn > 0;
        }
    }

    public static Coverage of(List<RuleInfo> rules, List<ScenarioResult> results) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        rules.forEach(r -> counts.put(r.ruleName(), new int[2]));
        for (ScenarioResult result : results) {
            result.actual().stream().map(Violation::rule).distinct()
                    .forEach(name -> counts.computeIfPresent(name, (k, c) -> { c[0]++; return c; }));
            for (RuleInfo rule : rules) {
                if (assertsSilence(result.scenario(), rule.code())) {
                    counts.get(rule.ruleName())[1]++;
                }
            }
        }
        List<RuleCoverage> out = new ArrayList<>();
        for (RuleInfo rule : rules) {
            int[] c = counts.get(rule.ruleName());
            out.add(new RuleCoverage(rule, c[0], c[1]));
        }
        return new Coverage(out);
    }

    /** The scenario says the code must not fire at all: it excludes the code, or expects an exact set without it. */
    private static boolean assertsSilence(Scenario s, String code) {
        boolean excluded = s.excludes().stream().anyMatch(x -> x.code().equals(code) && x.subject() == null);
        boolean absentFromExact = s.exact() != null && s.exact().stream().noneMatch(x -> x.code().equals(code));
        return excluded || absentFromExact;
    }

    /** Percentage of rules covered; 100 when there are no rules. */
    public double percent() {
        if (rules.isEmpty()) {
            return 100;
        }
        return 100.0 * rules.stream().filter(RuleCoverage::covered).count() / rules.size();
    }

    public List<RuleInfo> uncovered() {
        return rules.stream().filter(r -> !r.covered()).map(RuleCoverage::rule).toList();
    }
}
