package com.servicepolicy.evaluator.quality;

/** One occurrence of a problem: the interaction (or event) it is about, and what was seen. */
public record Finding(FindingKind kind, String subject, String detail) {
    @Override
    public String toString() {
        return subject + ": " + detail;
    }
}
