package com.servicepolicy.evaluator.batch;

import com.servicepolicy.evaluator.engine.EvaluationRun;
import com.servicepolicy.evaluator.engine.Evaluator;
import com.servicepolicy.evaluator.policy.Violation;
import com.servicepolicy.evaluator.store.GroupRate;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Lets the rule set's whole-log rules (FAIR-003) judge refusal counts aggregated in the database
 * over the fairness window, so that the DRL, not Java, decides what is disparate. The counts go to
 * the engine as they are ({@link EvaluationRun#addRefusalCounts}); no event is fed.
 */
final class GroupRatesJudge {
    private GroupRatesJudge() {
    }

    static List<Violation> judge(Evaluator evaluator, long asOf, Collection<GroupRate> rates) {
        EvaluationRun run = evaluator.start(Instant.ofEpochMilli(asOf), List.of(), false);
        rates.forEach(r -> run.addRefusalCounts(r.attribute(), r.group(), r.interactions(), r.refused()));
        return run.finish().violations();
    }
}
