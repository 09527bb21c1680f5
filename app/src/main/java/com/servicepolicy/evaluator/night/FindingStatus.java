package com.servicepolicy.evaluator.night;

/** Where people are with a violation. Only people change it; a night never does. */
public enum FindingStatus {
    OPEN, ACKNOWLEDGED, RESOLVED, FALSE_POSITIVE;

    /** Resolved or marked a false positive: done with, unless it comes back. */
    public boolean closed() {
        return this == RESOLVED || this == FALSE_POSITIVE;
    }
}
