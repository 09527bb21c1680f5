package com.servicepolicy.evaluator.reference;

import com.servicepolicy.evaluator.policy.PolicySettings;
import com.servicepolicy.evaluator.policy.Severity;

import java.util.Set;
import java.util.TreeSet;

/** Collects findings, applying the severity override an author may set per code in settings.yaml. */
final class Findings {
    private final PolicySettings settings;
    private final Set<Finding> found = new TreeSet<>();

    Findings(PolicySettings settings) {
        this.settings = settings;
    }

    void add(String code, String subject, Severity severity) {
        found.add(new Finding(code, subject, settings.severityOverride(code).orElse(severity)));
    }

    Set<Finding> all() {
        return found;
    }
}
