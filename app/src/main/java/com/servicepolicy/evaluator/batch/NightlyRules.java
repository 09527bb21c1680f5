package com.servicepolicy.evaluator.batch;

import com.servicepolicy.evaluator.engine.EvaluationLimits;
import com.servicepolicy.evaluator.engine.RuleSet;
import com.servicepolicy.evaluator.engine.RuleSetException;
import com.servicepolicy.evaluator.engine.RuleSetLoader;
import com.servicepolicy.evaluator.engine.RuleSource;
import com.servicepolicy.evaluator.evaluation.LogEvaluation;
import com.servicepolicy.evaluator.service.ServiceSettings;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The rules a night judges with, taken at the first step of a job execution that needs them and shared
 * by its later steps: the evaluate and fairness steps judge with the same rule set even if an author
 * edits the rules meanwhile. The next run (or a restart) takes the rules current then. Compiling is
 * the process's (a set already compiled, e.g. by the service at start-up, is not compiled again), and
 * the bounds of each evaluation are the configured {@code evaluator.limits.*}.
 */
@Component
class NightlyRules {
    private final RuleSource source;
    private final LogEvaluation evaluation;
    private Long compiledFor;
    private RuleSet taken;

    @Autowired
    NightlyRules(ServiceSettings settings, BatchProperties properties) {
        this(settings.ruleSource(), settings.limits().withThreads(properties.evaluationThreads()));
    }

    NightlyRules(RuleSource source, EvaluationLimits limits) {
        this.source = source;
        this.evaluation = new LogEvaluation(limits);
    }

    /** The rule set of the job execution the step belongs to. */
    synchronized RuleSet ruleSet(ChunkContext context) throws RuleSetException {
        long execution = context.getStepContext().getStepExecution().getJobExecutionId();
        if (taken == null || compiledFor != execution) {
            taken = RuleSetLoader.load(source);
            compiledFor = execution;
        }
        return taken;
    }

    /** The evaluation use case, with the configured bounds. */
    LogEvaluation evaluation() {
        return evaluation;
    }
}
