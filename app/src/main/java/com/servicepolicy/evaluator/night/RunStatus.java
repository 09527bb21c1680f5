package com.servicepolicy.evaluator.night;

/** Life cycle of a night's run as the runs table records it. */
public enum RunStatus {
    STARTED, COMPLETED, FAILED
}
