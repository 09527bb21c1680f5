package com.servicepolicy.evaluator.api;

/** A body or an event count over the configured limit; answered 413 with the limit in the detail. */
class RequestTooLargeException extends RuntimeException {
    RequestTooLargeException(String detail) {
        super(detail);
    }
}
