package com.servicepolicy.evaluator.batch;

import com.servicepolicy.evaluator.engine.EvaluationResult;
import com.servicepolicy.evaluator.engine.RuleSet;
import com.servicepolicy.evaluator.evaluation.CustomerHistories;
import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.night.CustomerChoice;
import com.servicepolicy.evaluator.night.EventStore;
import com.servicepolicy.evaluator.night.IngestLedger;
import com.servicepolicy.evaluator.night.RunCustomerStore;
import com.servicepolicy.evaluator.night.RunFigures;
import com.servicepolicy.evaluator.night.RunStore;
import com.servicepolicy.evaluator.night.SeenViolation;
import com.servicepolicy.evaluator.night.TableUpkeep;
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
 * Step 2: reads every stored history once, in customer-id order, a chunk of whole customers at a time
 * ({@link NightChunks}); chooses each customer as it is read ({@link NightChoice}: whether the night evaluates them,
 * and their FAIR-003 counts); evaluates the chosen ones with their history in the window; and commits each chunk's
 * choices, violations, figures and restart point together. A resumed step forgets the choices past its restart
 * point and goes on from there. FAIR-003 is left to the fairness step: chunks carry no customer attributes.
 * Memory: one chunk of histories.
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
    private final TableUpkeep upkeep;
    private final BatchProperties properties;
    private final TransactionTemplate transaction;

    EvaluateTasklet(RunCustomerStore chosen, EventStore events, ViolationStore violations, RunFigures figures,
                    RunStore runs, IngestLedger ledger, NightlyRules rules, BatchProgress progress,
                    NightDataQuality quality, TableUpkeep upkeep, BatchProperties properties,
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
        this.upkeep = upkeep;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        Night night = NightlyJobConfig.night(chunkContext, properties);
        RuleSet ruleSet = rules.ruleSet(chunkContext);
        runs.setRulesVersion(night.date(), ruleSet.version());
        long windowFrom = night.since(properties.historyWindow());
        NightChunks chunks = new NightChunks(events, new NightChoice(night.date(), windowFrom,
                night.since(properties.recentWindow()), night.since(properties.fairnessWindow()), night.asOf()),
                properties.chunkCustomers());
        String after = ledger.textPosition(night.date(), CHECKPOINT);
        long done = ledger.position(night.date(), CHECKPOINT).orElse(0);
        long execution = chunkContext.getStepContext().getStepExecution().getJobExecutionId();
        if (after == null) {
            after = "";
            quality.startGathering(execution, night);
        } else {
            quality.forget();
        }
        chosen.forgetAfter(night.date(), after); // a rerun's earlier choice, or what lies past the restart point
        progress.begin("evaluate", "stored customers", 0, 0);
        StepPhases phases = new StepPhases();
        long read = 0;
        long evaluated = 0;
        for (NightChunks.Chunk chunk = chunks.after(after); !chunk.isEmpty(); chunk = chunks.after(after)) {
            List<Event> history = events.eventsOf(chunk.toEvaluate(), windowFrom, night.asOf());
            quality.gather(execution, history);
            phases.lap("read");
            EvaluationResult result = rules.evaluation().evaluate(ruleSet, CustomerHistories.ofContiguous(history, List.of()),
                    Instant.ofEpochMilli(night.asOf()), false);
            GroupFindings findings = new GroupFindings(history, result.violations(), night.dayStart(),
                    night.asOf());
            List<SeenViolation> seen = new ArrayList<>();
            result.violations().forEach(v -> seen.add(findings.withAgent(v)));
            phases.lap("rules");
            after = chunk.last();
            done += chunk.toEvaluate().size();
            String position = after;
            long count = done;
            long customers = chunk.toEvaluate().size();
            List<CustomerChoice> kept = chunk.kept();
            transaction.executeWithoutResult(status -> {
                chosen.add(night.date(), kept);
                violations.recordSeen(night.date(), seen);
                figures.addResponseTimes(night.date(), findings.responseTimes());
                runs.addEvaluated(night.date(), customers, result.stats().interactions());
                ledger.checkpoint(night.date(), CHECKPOINT, count, position);
            });
            phases.lap("store");
            progress.advance(chunk.read());
            read += chunk.read();
            evaluated += customers;
        }
        quality.gathered(execution);
        progress.end();
        // Never analysed, PostgreSQL took the fresh list for a few rows and read every customer after the restart
        // point, then sorted them, for each page read from it (54 ms a page at 468k customers): the findings of a
        // resumed night page through it, and fairness sums it.
        upkeep.analyse("run_customers");
        log.info("night {}: {} customers to evaluate of {} stored{}", night.date(), evaluated, read,
                done > evaluated ? " (this execution; " + done + " in all)" : "");
        log.info("evaluate: {}", phases);
        return RepeatStatus.FINISHED;
    }
}
