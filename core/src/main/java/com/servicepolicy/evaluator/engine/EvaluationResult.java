package com.servicepolicy.evaluator.engine;

import com.servicepolicy.evaluator.policy.Clock;
import com.servicepolicy.evaluator.policy.Violation;

import java.time.Instant;
import java.util.List;

/**
 * Violations sorted by code then subject, with the evaluation's accounting. With explain on, also
 * each violation's rule and matched facts, and every clock measured.
 */
public record EvaluationResult(Instant asOf, String rulesVersion, List<Violation> violations, EvaluationStats stats,
                               List<ViolationCollector.Explained> explained, List<Clock> clocks) {
}
