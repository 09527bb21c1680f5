package com.servicepolicy.evaluator.sandbox;

/** Every sandbox slot stayed busy for the whole timeout: the compile was refused, not queued without end. */
public final class SandboxBusyException extends RuntimeException {
    SandboxBusyException(int concurrent) {
        super("the rule sandbox is busy: " + concurrent + " compiles are running; try again shortly");
    }
}
