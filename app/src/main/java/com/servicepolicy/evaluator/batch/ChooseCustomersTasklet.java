package com.servicepolicy.evaluator.batch;

import com.servicepolicy.evaluator.night.RunCustomerStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Step 2: chooses the customers the night evaluates (see {@link RunCustomerStore#choose}); one transaction. */
@Component
class ChooseCustomersTasklet implements Tasklet {
    private static final Logger log = LoggerFactory.getLogger(ChooseCustomersTasklet.class);

    private final RunCustomerStore chosen;
    private final BatchProperties properties;
    private final TransactionTemplate transaction;

    ChooseCustomersTasklet(RunCustomerStore chosen, BatchProperties properties,
                           PlatformTransactionManager transactionManager) {
        this.chosen = chosen;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        Night night = NightlyJobConfig.night(chunkContext, properties);
        Long n = transaction.execute(status -> chosen.choose(night.date(), night.since(properties.historyWindow()),
                night.since(properties.recentWindow()), night.asOf()));
        log.info("night {}: {} customers to evaluate", night.date(), n);
        return RepeatStatus.FINISHED;
    }
}
