package com.servicepolicy.evaluator.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.servicepolicy.evaluator.policy.Violation;

import com.servicepolicy.evaluator.ingest.SourceSummary;
import com.servicepolicy.evaluator.quality.Finding;
import com.servicepolicy.evaluator.quality.FindingKind;

import java.util.List;
import java.util.Map;

/**
 * The answer to an evaluation: the violations (sorted by code then subject), the accounting, the
 * events refused (lenient requests only), the rule-set version, and with {@code explain} the
 * explanation; the data-quality findings of the events (counted in the summary, the first ones listed) and, for a
 * helpdesk export ({@code ?source=}), what became of its rows.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record EvaluationResponse(String evaluationId, List<Violation> violations, Summary summary,
                          List<InvalidItem> rejected, String rulesVersion, Object explanation,
                          @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Finding> findings) {

    /**
     * {@code read} = {@code evaluated} + {@code duplicates} + {@code rejected}; {@code afterAsOf} of
     * the evaluated events were later than asOf and ignored by the rules.
     */
    record Summary(long read, long evaluated, long duplicates, long rejected, long afterAsOf,
                   long interactions, long violations, String asOf, String rulesVersion, long evaluationMillis,
                   @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<FindingKind, Long> findings,
                   @JsonInclude(JsonInclude.Include.NON_EMPTY) List<SourceSummary> imported) {
    }
}
