package com.servicepolicy.evaluator.batch;

import com.servicepolicy.evaluator.engine.EvaluationResult;
import com.servicepolicy.evaluator.engine.RuleSet;
import com.servicepolicy.evaluator.evaluation.CustomerHistories;
import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.night.EventStore;
import com.servicepolicy.evaluator.night.IngestLedger;
import com.servicepolicy.evaluator.night.RunCustomerStore;
import com.servicepolicy.evaluator.night.RunFigures;
import com.servicepolicy.evaluator.night.RunStore;
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
import java.util.ArrayList;
import java.util.List;

/**
 * Step 3: evaluates the chosen customers in customer-id order, a chunk of whole customers at a
 * time with their history in the window (the store returns each customer's events together), and commits each chunk's violations, figures and restart
 * point together. FAIR-003 is left to the fairness step: chunks carry no customer attributes.
 */
@Component
class EvaluateTasklet implements Tasklet {
    private static final Logger log = LoggerFactory.getLogger(EvaluateTasklet.class);
    static final String CHECKPOINT = "evaluate";

    private final RunCustomerStore chosen;
    private final EventStore events;
    private final ViolationStore violations;
    private final RunFigures figures;
    private final RunStore runs;
    private final IngestLedger ledger;
    private final NightlyRules rules;
    private final BatchProgress progress;
    private final NightDataQuality quality;
    private final BatchProperties properties;
    private final TransactionTemplate transaction;

    EvaluateTasklet(RunCustomerStore chosen, EventStore events, ViolationStore violations, RunFigures figures,
                    RunStore runs, IngestLedger ledger, NightlyRules rules, BatchProgress progress,
                    NightDataQuality quality, BatchProperties properties,
                    PlatformTransactionManager transactionManager) {
        this.chosen = chosen;
        this.events = events;
        this.violations = violations;
        this.figures = figures;
        this.runs = runs;
        this.ledger = ledger;
        this.rules = rules;
        this.progress = progress;
        this.quality = quality;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        Night night = NightlyJobConfig.night(chunkContext, properties);
        RuleSet ruleSet = rules.ruleSet(chunkContext);
        runs.setRulesVersion(night.date(), ruleSet.version());
        long windowFrom = night.since(properties.historyWindow());
        String after = ledger.textPosition(night.date(), CHECKPOINT);
        long done = ledger.position(night.date(), CHECKPOINT).orElse(0);
        progress.begin("evaluate", "customers", chosen.count(night.date()), done);
        long execution = chunkContext.getStepContext().getStepExecution().getJobExecutionId();
        if (after == null) {
            after = "";
            quality.startGathering(execution, night);
        } else {
            quality.forget();
        }
        StepPhases phases = new StepPhases();
        for (List<String> ids = chosen.next(night.date(), after, properties.chunkCustomers());
             !ids.isEmpty(); ids = chosen.next(night.date(), after, properties.chunkCustomers())) {
            String last = ids.get(ids.size() - 1);
            List<Event> history = events.eventsOfChosen(night.date(), after, last, windowFrom, night.asOf());
            quality.gather(execution, history);
            phases.lap("read");
            EvaluationResult result = rules.evaluation().evaluate(ruleSet, CustomerHistories.ofContiguous(history, List.of()),
                    Instant.ofEpochMilli(night.asOf()), false);
            GroupFindings findings = new GroupFindings(history, night.dayStart(), night.asOf());
            List<SeenViolation> seen = new ArrayList<>();
            result.violations().forEach(v -> seen.add(findings.withAgent(v)));
            phases.lap("rules");
            after = last;
            done += ids.size();
            String position = after;
            long count = done;
            long customers = ids.size();
            transaction.executeWithoutResult(status -> {
                violations.recordSeen(night.date(), seen);
                figures.addResponseTimes(night.date(), findings.responseTimes());
                runs.addEvaluated(night.date(), customers, result.stats().interactions());
                ledger.checkpoint(night.date(), CHECKPOINT, count, position);
            });
            phases.lap("store");
            progress.advance(ids.size());
        }
        quality.gathered(execution);
        progress.end();
        log.info("evaluate: {}", phases);
        return RepeatStatus.FINISHED;
    }
}
