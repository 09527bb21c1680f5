package com.servicepolicy.evaluator.authoring;

import com.servicepolicy.evaluator.policy.RecommendedAction;
import com.servicepolicy.evaluator.policy.Severity;
import com.servicepolicy.evaluator.policy.Violation;

import java.util.ArrayList;
import java.util.List;

/**
 * A violation a scenario expects (or forbids): a code, and optionally the subject, severity and
 * action codes. Unset parts match anything.
 */
public record ExpectedViolation(String code, String subject, Severity severity, List<String> actions, int line) {

    public ExpectedViolation {
        actions = actions == null ? null : List.copyOf(actions);
    }

    /** Same code, and same subject when one is expected. */
    boolean identifies(Violation v) {
        return code.equals(v.code()) && (subject == null || subject.equals(v.subject()));
    }

    /** How {@code v}, which this identifies, differs from the expected severity and actions; empty when it does not. */
    List<String> differences(Violation v) {
        List<String> out = new ArrayList<>();
        if (severity != null && severity != v.severity()) {
            out.add("severity " + v.severity() + ", expected " + severity);
        }
        List<String> actual = v.actions().stream().map(RecommendedAction::code).toList();
        if (actions != null && !actions.equals(actual)) {
            out.add("actions " + actual + ", expected " + actions);
        }
        return out;
    }

    @Override
    public String toString() {
        return code + (subject == null ? "" : " " + subject) + (severity == null ? "" : " " + severity)
                + (actions == null ? "" : " " + actions);
    }
}
