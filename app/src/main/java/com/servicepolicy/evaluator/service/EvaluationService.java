package com.servicepolicy.evaluator.service;

import com.servicepolicy.evaluator.engine.EvaluationLimits;
import com.servicepolicy.evaluator.engine.EvaluationResult;
import com.servicepolicy.evaluator.evaluation.HeldLog;
import com.servicepolicy.evaluator.evaluation.LogEvaluation;
import com.servicepolicy.evaluator.evaluation.LogRequest;
import com.servicepolicy.evaluator.evaluation.ReadListener;
import com.servicepolicy.evaluator.ingest.InputFileException;
import com.servicepolicy.evaluator.engine.RuleFailedException;
import com.servicepolicy.evaluator.engine.RuleLoopException;
import com.servicepolicy.evaluator.engine.RuleThreads;
import com.servicepolicy.evaluator.engine.RulesBusyException;

import java.time.Duration;
import java.util.UUID;

/**
 * Evaluates a request on the rule set serving at the moment it starts, and accounts for it in the
 * metrics and the decision log.
 */
public class EvaluationService {
    private final RuleSetHolder rules;
    private final LogEvaluation evaluation;
    private final EvaluationMetrics metrics;
    private final DecisionLog decisionLog;

    private final RulesCanEvaluate outcomes;

    public EvaluationService(RuleSetHolder rules, EvaluationLimits limits, EvaluationMetrics metrics, DecisionLog decisionLog) {
        this(rules, limits, RuleThreads.shared(), metrics, decisionLog, new RulesCanEvaluate());
    }

    public EvaluationService(RuleSetHolder rules, EvaluationLimits limits, RuleThreads threads, EvaluationMetrics metrics,
                             DecisionLog decisionLog, RulesCanEvaluate outcomes) {
        this.rules = rules;
        this.evaluation = new LogEvaluation(limits, threads);
        this.metrics = metrics;
        this.decisionLog = decisionLog;
        this.outcomes = outcomes;
    }

    /**
     * Reads a request's inputs with the reader every door uses; bad records go to {@code listener}.
     *
     * @throws InputFileException the body is unusable as a whole (an export without its importer's columns, a
     *         document that is not the importer's): the client's error, not the service's
     */
    public HeldLog read(LogRequest request, ReadListener listener) throws InputFileException {
        return evaluation.read(request, listener);
    }

    /**
     * @throws RuleLoopException when a rule keeps firing or runs past the evaluation limits
     * @throws RulesBusyException when no rule thread is free in time, or every one is stuck
     * @throws RuleFailedException when a rule threw
     */
    public Evaluation evaluate(EvaluationRequest request) {
        UUID id = UUID.randomUUID();
        ActiveRules active = rules.current();
        long started = System.nanoTime();
        EvaluationResult result;
        try {
            result = evaluation.evaluate(active.ruleSet(), request.log(), request.asOf(), request.explain());
        } catch (RuleLoopException e) {
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            outcomes.stopped(active.version());
            metrics.evaluated("rule_loop", took, java.util.List.of());
            decisionLog.failed(id, active.version(), request, "rule_loop", e.ruleName(), took.toMillis());
            throw e;
        } catch (RuleFailedException e) {
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            metrics.evaluated("rule_failed", took, java.util.List.of());
            decisionLog.failed(id, active.version(), request, "rule_failed", e.ruleName(), took.toMillis());
            throw e;
        } catch (RulesBusyException e) {
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            metrics.evaluated("refused", took, java.util.List.of());
            decisionLog.failed(id, active.version(), request, "refused", "", took.toMillis());
            throw e;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        outcomes.ok(active.version());
        metrics.evaluated("ok", took, result.violations());
        decisionLog.evaluated(id, active.version(), request, result.violations(), took.toMillis());
        return new Evaluation(id, request, result, active.ruleSet());
    }
}
