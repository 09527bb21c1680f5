package com.servicepolicy.evaluator.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.servicepolicy.evaluator.policy.Violation;

import java.util.List;

/**
 * The answer to an evaluation: the violations (sorted by code then subject), the accounting, the
 * events refused (lenient requests only), the rule-set version, and with {@code explain} the
 * explanation.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record EvaluationResponse(String evaluationId, List<Violation> violations, Summary summary,
                          List<InvalidItem> rejected, String rulesVersion, Object explanation) {

    /**
     * {@code read} = {@code evaluated} + {@code duplicates} + {@code rejected}; {@code afterAsOf} of
     * the evaluated events were later than asOf and ignored by the rules.
     */
    record Summary(long read, long evaluated, long duplicates, long rejected, long afterAsOf,
                   long interactions, long violations, String asOf, String rulesVersion, long evaluationMillis) {
    }
}
