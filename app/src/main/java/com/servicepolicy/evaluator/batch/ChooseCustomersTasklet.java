package com.servicepolicy.evaluator.batch;

import com.servicepolicy.evaluator.night.CustomerChoice;
import com.servicepolicy.evaluator.night.CustomerOutlines;
import com.servicepolicy.evaluator.night.EventStore;
import com.servicepolicy.evaluator.night.RunCustomerStore;
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

import java.util.ArrayList;
import java.util.List;

/**
 * Step 2: reads every stored history, a page of whole customers at a time in customer-id order, and stores the
 * night's choice of each customer ({@link NightChoice}): whether it is evaluated, and its FAIR-003 counts. One
 * transaction, so a restart chooses again from the start. Memory: one page of histories.
 */
@Component
class ChooseCustomersTasklet implements Tasklet {
    private static final Logger log = LoggerFactory.getLogger(ChooseCustomersTasklet.class);
    private static final int PAGE_ROWS = 5_000;

    private final EventStore events;
    private final RunCustomerStore chosen;
    private final TableUpkeep upkeep;
    private final BatchProperties properties;
    private final TransactionTemplate transaction;

    ChooseCustomersTasklet(EventStore events, RunCustomerStore chosen, TableUpkeep upkeep, BatchProperties properties,
                           PlatformTransactionManager transactionManager) {
        this.events = events;
        this.chosen = chosen;
        this.upkeep = upkeep;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        Night night = NightlyJobConfig.night(chunkContext, properties);
        NightChoice choice = new NightChoice(night.date(), night.since(properties.historyWindow()),
                night.since(properties.recentWindow()), night.since(properties.fairnessWindow()), night.asOf());
        long[] counts = new long[2];
        transaction.executeWithoutResult(status -> {
            chosen.clear(night.date());
            String after = "";
            for (List<CustomerOutlines> page = events.outlines(after, PAGE_ROWS); !page.isEmpty();
                 page = events.outlines(after, PAGE_ROWS)) {
                List<CustomerChoice> kept = new ArrayList<>();
                for (CustomerOutlines history : page) {
                    CustomerChoice c = choice.of(history);
                    if (c.evaluate() || c.opened() > 0) {
                        kept.add(c);
                        counts[0] += c.evaluate() ? 1 : 0;
                    }
                }
                chosen.add(night.date(), kept);
                counts[1] += page.size();
                after = page.get(page.size() - 1).customerId();
            }
        });
        // Never analysed, PostgreSQL took the fresh list for a few rows and read every customer after the restart
        // point, then sorted them, for each chunk of the evaluate step: 54 ms a chunk at 468k customers.
        upkeep.analyse("run_customers");
        log.info("night {}: {} customers to evaluate of {} stored", night.date(), counts[0], counts[1]);
        return RepeatStatus.FINISHED;
    }
}
