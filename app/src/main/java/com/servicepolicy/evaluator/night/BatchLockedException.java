package com.servicepolicy.evaluator.night;

/** Another process holds the batch lock of this database: a night is being evaluated there. */
public class BatchLockedException extends IllegalStateException {
    public BatchLockedException() {
        super("another process is running a night on this database (the batch lock is held);"
                + " wait for it to end, then run again");
    }
}
