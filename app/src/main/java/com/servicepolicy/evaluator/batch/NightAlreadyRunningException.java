package com.servicepolicy.evaluator.batch;

import java.time.LocalDate;

/** The night is already being evaluated by this process. */
public class NightAlreadyRunningException extends IllegalStateException {
    public NightAlreadyRunningException(LocalDate date) {
        super("night " + date + " is already running");
    }
}
