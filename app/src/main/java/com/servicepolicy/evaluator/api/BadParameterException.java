package com.servicepolicy.evaluator.api;

/** A query parameter or body field with a value the endpoint does not accept: a 400 problem naming it. */
public class BadParameterException extends RuntimeException {
    private final String parameter;
    private final String value;

    public BadParameterException(String parameter, String value, String reason) {
        super(parameter + ": '" + value + "' " + reason);
        this.parameter = parameter;
        this.value = value;
    }

    public String parameter() {
        return parameter;
    }

    public String value() {
        return value;
    }
}
