package com.servicepolicy.evaluator.authoring;

import com.servicepolicy.evaluator.policy.Violation;

import java.util.List;

/**
 * The outcome of one scenario: what the rules reported and how it differs from what was expected.
 *
 * @param missing    expected violations that were not reported
 * @param unexpected reported violations that an exact expectation or an exclusion forbids
 * @param differing  expected violations reported with another severity or other actions
 * @param error      why the evaluation itself failed (e.g. a rule threw), or null
 */
public record ScenarioResult(Scenario scenario, List<Violation> actual, List<ExpectedViolation> missing,
                             List<Violation> unexpected, List<String> differing, String error) {

    public ScenarioResult {
        actual = List.copyOf(actual);
        missing = List.copyOf(missing);
        unexpected = List.copyOf(unexpected);
        differing = List.copyOf(differing);
    }

    public boolean passed() {
        return error == null && missing.isEmpty() && unexpected.isEmpty() && differing.isEmpty();
    }
}
