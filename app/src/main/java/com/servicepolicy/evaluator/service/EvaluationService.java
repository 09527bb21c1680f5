package com.servicepolicy.evaluator.service;

import com.servicepolicy.evaluator.engine.EvaluationResult;
import com.servicepolicy.evaluator.engine.RuleLoopException;

import java.time.Duration;
import java.util.UUID;

/**
 * Evaluates a request on the rule set serving at the moment it starts, and accounts for it in the
 * metrics and the decision log.
 */
public class EvaluationService {
    private final RuleSetHolder rules;
    private final EvaluationMetrics metrics;
    private final DecisionLog decisionLog;

    public EvaluationService(RuleSetHolder rules, EvaluationMetrics metrics, DecisionLog decisionLog) {
        this.rules = rules;
        this.metrics = metrics;
        this.decisionLog = decisionLog;
    }

    /** @throws RuleLoopException when a rule keeps firing past the evaluation limits */
    public Evaluation evaluate(EvaluationRequest request) {
        UUID id = UUID.randomUUID();
        ActiveRules active = rules.current();
        long started = System.nanoTime();
        EvaluationResult result;
        try {
            result = active.evaluator().evaluate(request.events(), request.customers(), request.asOf(),
                    request.explain());
        } catch (RuleLoopException e) {
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            metrics.evaluated("rule_loop", took, java.util.List.of());
            decisionLog.failed(id, active.version(), request, "rule_loop", e.ruleName(), took.toMillis());
            throw e;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        metrics.evaluated("ok", took, result.violations());
        decisionLog.evaluated(id, active.version(), request, result.violations(), took.toMillis());
        return new Evaluation(id, request, result, active.ruleSet());
    }
}
