package com.servicepolicy.evaluator.api;

import java.util.List;

/** A request that cannot be evaluated as sent; answered 400 with every problem found. */
class InvalidRequestException extends RuntimeException {
    private final List<InvalidItem> errors;
    private final long invalidEvents;

    InvalidRequestException(String detail, List<InvalidItem> errors) {
        this(detail, errors, 0);
    }

    /** @param invalidEvents how many events were refused (counted in the rejected-events metric) */
    InvalidRequestException(String detail, List<InvalidItem> errors, long invalidEvents) {
        super(detail);
        this.errors = List.copyOf(errors);
        this.invalidEvents = invalidEvents;
    }

    long invalidEvents() {
        return invalidEvents;
    }

    List<InvalidItem> errors() {
        return errors;
    }
}
