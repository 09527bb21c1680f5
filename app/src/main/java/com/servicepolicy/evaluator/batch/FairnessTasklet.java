package com.servicepolicy.evaluator.batch;

import com.servicepolicy.evaluator.engine.RuleSet;
import com.servicepolicy.evaluator.night.CustomerStore;
import com.servicepolicy.evaluator.night.GroupRate;
import com.servicepolicy.evaluator.night.RunFigures;
import com.servicepolicy.evaluator.night.SeenViolation;
import com.servicepolicy.evaluator.night.ViolationStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.List;

/**
 * Step 4: the disparate-refusal audit over the fairness window. Counts interactions and refusals
 * per attribute group in the database (memory: one entry per group), keeps the group-level rates
 * for the report, and lets the rules judge them. Idempotent, so a restart redoes it.
 */
@Component
class FairnessTasklet implements Tasklet {
    private static final Logger log = LoggerFactory.getLogger(FairnessTasklet.class);

    private final CustomerStore customers;
    private final RunFigures figures;
    private final ViolationStore violations;
    private final NightlyRules rules;
    private final BatchProperties properties;
    private final TransactionTemplate transaction;

    FairnessTasklet(CustomerStore customers, RunFigures figures, ViolationStore violations, NightlyRules rules,
                    BatchProperties properties, PlatformTransactionManager transactionManager) {
        this.customers = customers;
        this.figures = figures;
        this.violations = violations;
        this.rules = rules;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        Night night = NightlyJobConfig.night(chunkContext, properties);
        List<GroupRate> rates = customers.refusalCountsByGroup(night.date()); // counted by the evaluate step as it chose
        RuleSet ruleSet = rules.ruleSet(chunkContext);
        List<SeenViolation> seen = rules.evaluation().judgeGroupCounts(ruleSet, Instant.ofEpochMilli(night.asOf()),
                        rates.stream().map(GroupRate::counts).toList()).stream()
                .map(v -> new SeenViolation(v, null)).toList();
        long minGroupSize = ruleSet.settings().getDisparityMinGroupSize();
        log.info("fairness: {} groups, {} disparate groups", rates.size(), seen.size());
        transaction.executeWithoutResult(status -> {
            figures.replaceGroupRates(night.date(), rates, minGroupSize);
            violations.recordSeen(night.date(), seen);
        });
        return RepeatStatus.FINISHED;
    }
}
