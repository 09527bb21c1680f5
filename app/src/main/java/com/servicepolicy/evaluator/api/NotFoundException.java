package com.servicepolicy.evaluator.api;

/** No such resource: a 404 problem. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
