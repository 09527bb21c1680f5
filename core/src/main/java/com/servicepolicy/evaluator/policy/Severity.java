package com.servicepolicy.evaluator.policy;

/** How serious a violation is, least first. */
public enum Severity {
    INFO, MINOR, MAJOR, CRITICAL;

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}
