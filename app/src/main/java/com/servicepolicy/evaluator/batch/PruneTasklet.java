package com.servicepolicy.evaluator.batch;

import com.servicepolicy.evaluator.engine.RuleSetException;
import com.servicepolicy.evaluator.night.EventStore;
import com.servicepolicy.evaluator.night.ExpiredLines;
import com.servicepolicy.evaluator.night.RunCustomerStore;
import com.servicepolicy.evaluator.night.RunDetail;
import com.servicepolicy.evaluator.night.TableUpkeep;
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
import java.time.LocalDate;

/**
 * Step 5: keeps the event store bounded by the retention instead of growing with every night. Deletes
 * events older than {@code asOf - retention}, which no window of this night or of a rerun within
 * (retention - longest window) reads, in one transaction (history rows: a night deletes about one night of
 * rows); a restart simply deletes what
 * is left. An id deleted here is no longer known as a duplicate on a later night. Also forgets the
 * customer lists of earlier completed nights, which only served their own evaluate steps, and the ids of
 * the night's lines that were already expired when read (see IngestWriter), and the detail (violation lists,
 * duplicate lines) of nights older than {@code run-detail-retention} (their counts stay).
 */
@Component
class PruneTasklet implements Tasklet {
    private static final Logger log = LoggerFactory.getLogger(PruneTasklet.class);

    private final EventStore events;
    private final ExpiredLines expiredLines;
    private final TableUpkeep upkeep;
    private final RunCustomerStore chosen;
    private final RunDetail runDetail;
    private final NightlyRules rules;
    private final BatchProperties properties;
    private final TransactionTemplate transaction;

    PruneTasklet(EventStore events, ExpiredLines expiredLines, TableUpkeep upkeep, RunCustomerStore chosen,
                 RunDetail runDetail, NightlyRules rules, BatchProperties properties,
                 PlatformTransactionManager transactionManager) {
        this.events = events;
        this.expiredLines = expiredLines;
        this.upkeep = upkeep;
        this.chosen = chosen;
        this.runDetail = runDetail;
        this.rules = rules;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws RuleSetException {
        Night night = NightlyJobConfig.night(chunkContext, properties);
        long cutoff = night.since(properties.retention());
        Long deleted = transaction.execute(status -> events.deleteOlderThan(cutoff));
        Integer lists = transaction.execute(status -> chosen.forgetCompletedNightsBefore(night.date()));
        Long expired = transaction.execute(status -> expiredLines.forget(night.date()));
        LocalDate detailCutoff = night.date().minusDays(properties.runDetailRetention().toDays());
        long detail = runDetail.forgetNightsBefore(detailCutoff, rules.ruleSet(chunkContext).groupLevelCodes());
        log.info("night {}: {} events older than {} (retention {}), {} customer-list rows of earlier completed nights,"
                + " {} ids of expired lines and {} detail rows of nights before {} deleted", night.date(),
                deleted, Instant.ofEpochMilli(cutoff), properties.retention().toDays() + "d", lists, expired, detail,
                detailCutoff);
        long upkeepStart = System.nanoTime();
        upkeep.reclaim("event_histories", "violations", "run_violations", "run_customers", "customer_attributes",
                "nightly_runs"); // for the next night: its plans, and no table growing with dead rows
        log.info("night {}: tables kept up in {} ms", night.date(), (System.nanoTime() - upkeepStart) / 1_000_000);
        return RepeatStatus.FINISHED;
    }
}
