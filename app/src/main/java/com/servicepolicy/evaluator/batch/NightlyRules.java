package com.servicepolicy.evaluator.batch;

import com.servicepolicy.evaluator.engine.EvaluationLimits;
import com.servicepolicy.evaluator.engine.Evaluator;
import com.servicepolicy.evaluator.engine.RuleSetException;
import com.servicepolicy.evaluator.engine.RuleSetLoader;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.nio.file.Path;

/**
 * The rules a night judges with, compiled from {@code evaluator.rules-dir} at the first step of a job
 * execution that needs them and shared by its later steps: one compile per run, and the evaluate and
 * fairness steps judge with the same rule set even if an author edits the rules meanwhile. The next
 * run (or a restart) compiles the rules current then.
 */
@Component
class NightlyRules {
    private final Path rulesDir;
    private final EvaluationLimits limits;
    private Long compiledFor;
    private Evaluator compiled;

    NightlyRules(@Value("${evaluator.rules-dir:rules}") Path rulesDir, BatchProperties properties) {
        this.rulesDir = rulesDir;
        this.limits = EvaluationLimits.DEFAULTS.withThreads(properties.evaluationThreads());
    }

    synchronized Evaluator evaluator(ChunkContext context) throws RuleSetException {
        long execution = context.getStepContext().getStepExecution().getJobExecutionId();
        if (compiled == null || compiledFor != execution) {
            compiled = evaluator();
            compiledFor = execution;
        }
        return compiled;
    }

    /** The rules as they are now. */
    Evaluator evaluator() throws RuleSetException {
        return new Evaluator(RuleSetLoader.load(rulesDir), limits);
    }
}
