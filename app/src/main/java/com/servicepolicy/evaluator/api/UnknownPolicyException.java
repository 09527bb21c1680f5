package com.servicepolicy.evaluator.api;

/** No rule in the serving rule set has the requested code; answered 404. */
class UnknownPolicyException extends RuntimeException {
    UnknownPolicyException(String code, String version) {
        super("no rule with code '" + code + "' in rule set " + version);
    }
}
