package com.servicepolicy.evaluator.api;

/** The request is valid but does not fit the resource's state (e.g. acknowledging a resolved violation): 409. */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
