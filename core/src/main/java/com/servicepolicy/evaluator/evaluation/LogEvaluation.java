package com.servicepolicy.evaluator.evaluation;

import com.servicepolicy.evaluator.engine.EvaluationLimits;
import com.servicepolicy.evaluator.engine.EvaluationResult;
import com.servicepolicy.evaluator.engine.EvaluationRun;
import com.servicepolicy.evaluator.engine.EvaluationStats;
import com.servicepolicy.evaluator.engine.Evaluator;
import com.servicepolicy.evaluator.engine.RuleSet;
import com.servicepolicy.evaluator.engine.RuleThreads;
import com.servicepolicy.evaluator.event.Customer;
import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.ingest.CustomerSink;
import com.servicepolicy.evaluator.ingest.Duplicate;
import com.servicepolicy.evaluator.ingest.EventIdRegistry;
import com.servicepolicy.evaluator.ingest.EventLogReader;
import com.servicepolicy.evaluator.ingest.EventSink;
import com.servicepolicy.evaluator.ingest.InputFileException;
import com.servicepolicy.evaluator.ingest.ReadStats;
import com.servicepolicy.evaluator.ingest.Rejection;
import com.servicepolicy.evaluator.ingest.SourceSummary;
import com.servicepolicy.evaluator.policy.Violation;
import com.servicepolicy.evaluator.spill.DiskEventIdRegistry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The evaluation use case every door calls — command line, HTTP, each step of the nightly batch, a
 * Spark executor: (event source, customers, asOf, rule set) in, violations and accounting out. Reading
 * goes through the one reader (validation, duplicates, record accounting); evaluation through the one
 * grouping of whole customers into bounded rule sessions ({@link EvaluationRun}).
 */
public final class LogEvaluation {
    private final EvaluationLimits limits;
    private final RuleThreads threads;

    public LogEvaluation(EvaluationLimits limits) {
        this(limits, RuleThreads.shared());
    }

    /** Rule sessions run on {@code threads}: the service's own pool, which it watches for stuck sessions. */
    public LogEvaluation(EvaluationLimits limits, RuleThreads threads) {
        this.limits = limits;
        this.threads = threads;
    }

    /**
     * Reads the customers, then every event input in order, into memory grouped by customer; each
     * rejected or duplicate record is told to {@code listener} as it is read.
     *
     * @throws InputFileException an input as a whole cannot be read
     */
    public HeldLog read(LogRequest request, ReadListener listener) throws InputFileException {
        return (HeldLog) read(request, listener, SpillOptions.never());
    }

    /**
     * Reads as {@link #read(LogRequest, ReadListener)} does, but moves the log to temporary files under
     * {@code spill}'s directory once it is too large to hold (its duplicate registry too); the result must
     * be closed.
     *
     * @throws InputFileException an input as a whole cannot be read
     */
    public ReadLog read(LogRequest request, ReadListener listener, SpillOptions spill) throws InputFileException {
        long expectedBytes = request.events().stream().mapToLong(LogRequest.Events::expectedBytes).sum();
        HoldOrSpill log = new HoldOrSpill(spill, expectedBytes);
        try {
            ReadStats customerStats = ReadStats.EMPTY;
            if (request.customers() != null) {
                customerStats = request.customers().readInto(new CustomerSink() {
                    @Override
                    public void accept(Customer customer) {
                        log.customer(customer);
                    }

                    @Override
                    public void rejected(Rejection rejection) {
                        listener.rejected(rejection);
                    }
                });
            }
            EventLogReader reader = new EventLogReader(spill.spills()
                    ? EventIdRegistry.inMemoryUpTo(spill.holdRecords(), () -> new DiskEventIdRegistry(spill.dir(), 2 * spill.holdRecords()))
                    : EventIdRegistry.inMemory());
            EventSink sink = holdingSink(log, listener);
            ReadStats stats = ReadStats.EMPTY;
            for (LogRequest.Events input : request.events()) {
                try {
                    stats = stats.plus(input.readInto(reader, sink));
                } catch (InputFileException e) {
                    throw e.countedAlso(stats);
                }
            }
            return log.finish(stats, customerStats);
        } catch (InputFileException | RuntimeException e) {
            log.abandon();
            throw e;
        }
    }

    /**
     * Evaluates every customer's history at {@code asOf} with {@code ruleSet}, then the whole-log rules
     * over the customers' groups.
     */
    public EvaluationResult evaluate(RuleSet ruleSet, CustomerHistories histories, Instant asOf, boolean explain) {
        EvaluationRun run = new Evaluator(ruleSet, limits, threads).start(asOf, histories.customers(), explain);
        histories.forEachCustomer(run::evaluateCustomer);
        return run.finish();
    }

    /**
     * Evaluates a log however it was read and hands every violation to {@code violations} in the order an
     * evaluation returns them (code, then subject), without ever holding them all when the log was spilled:
     * a spilled log is evaluated a partition at a time, its group counts summed over the partitions and judged
     * once, its violations merged from temporary files. The result does not depend on how the log was kept.
     */
    public EvaluationStats evaluate(RuleSet ruleSet, ReadLog log, Instant asOf, Consumer<Violation> violations) {
        if (log instanceof HeldLog held) {
            EvaluationResult result = evaluate(ruleSet, held, asOf, false);
            result.violations().forEach(violations);
            return result.stats();
        }
        SpilledReadLog spilled = (SpilledReadLog) log;
        return new PartitionedEvaluation(this, ruleSet, asOf, spilled.heldViolations()).evaluate(spilled.log(), violations);
    }

    /**
     * Evaluates part of a log (the customers of one Spark partition) with every rule but the whole-log ones:
     * the part's group counts come back unjudged, to be summed over all the parts and judged once with
     * {@link #judgeGroupCounts}, so that FAIR-003 (and its correction across all its tests) sees the whole run.
     */
    public PartResult evaluatePart(RuleSet ruleSet, CustomerHistories histories, Instant asOf) {
        EvaluationRun run = new Evaluator(ruleSet, limits, threads).start(asOf, histories.customers(), false);
        histories.forEachCustomer(run::evaluateCustomer);
        List<GroupCount> counts = new ArrayList<>();
        run.takeRefusalCounts((attribute, group, interactions, refused) ->
                counts.add(new GroupCount(attribute, group, interactions, refused)));
        return new PartResult(run.finish(), counts);
    }

    /** One part's evaluation (its violations and figures) and its group counts, left for the whole run to judge. */
    public record PartResult(EvaluationResult result, List<GroupCount> groupCounts) {
    }

    /**
     * Lets the rule set's whole-log rules (FAIR-003) judge group counts aggregated elsewhere (the batch's
     * window in SQL, Spark's partitions), so that the DRL, not the caller, decides what is disparate.
     */
    public List<Violation> judgeGroupCounts(RuleSet ruleSet, Instant asOf, Collection<GroupCount> counts) {
        EvaluationRun run = new Evaluator(ruleSet, limits, threads).start(asOf, List.of(), false);
        counts.forEach(c -> run.addRefusalCounts(c.attribute(), c.group(), c.interactions(), c.refused()));
        return run.finish().violations();
    }

    /** Interactions and refused interactions of one declared group of one protected attribute. */
    public record GroupCount(String attribute, String group, long interactions, long refused) {
    }

    private static EventSink holdingSink(HoldOrSpill log, ReadListener listener) {
        return new EventSink() {
            private long accepted;

            @Override
            public void accept(Event event) {
                if ((++accepted & 0xFFFF) == 0) {
                    listener.progress(accepted);
                }
                listener.accepted(event);
                log.event(event);
            }

            @Override
            public void summary(SourceSummary summary) {
                listener.summary(summary);
            }

            @Override
            public void rejected(Rejection rejection) {
                listener.rejected(rejection);
            }

            @Override
            public void duplicate(Duplicate duplicate) {
                listener.duplicate(duplicate);
            }
        };
    }
}
