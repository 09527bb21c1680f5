package com.servicepolicy.evaluator.reference;

import com.servicepolicy.evaluator.policy.Severity;

/** The part of a violation both implementations must agree on exactly. */
public record Finding(String code, String subject, Severity severity) implements Comparable<Finding> {
    @Override
    public int compareTo(Finding o) {
        int c = code.compareTo(o.code);
        return c != 0 ? c : subject.compareTo(o.subject);
    }

    @Override
    public String toString() {
        return code + " " + subject + " " + severity;
    }
}
