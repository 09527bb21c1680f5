package com.servicepolicy.evaluator.store;

/** Life cycle of a night's run as the runs table records it. */
public enum RunStatus {
    STARTED, COMPLETED, FAILED
}
