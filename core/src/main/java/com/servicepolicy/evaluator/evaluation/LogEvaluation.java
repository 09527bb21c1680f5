package com.servicepolicy.evaluator.evaluation;

import com.servicepolicy.evaluator.engine.EvaluationLimits;
import com.servicepolicy.evaluator.engine.EvaluationResult;
import com.servicepolicy.evaluator.engine.EvaluationRun;
import com.servicepolicy.evaluator.engine.Evaluator;
import com.servicepolicy.evaluator.engine.RuleSet;
import com.servicepolicy.evaluator.engine.RuleThreads;
import com.servicepolicy.evaluator.event.Customer;
import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.ingest.CustomerSink;
import com.servicepolicy.evaluator.ingest.Duplicate;
import com.servicepolicy.evaluator.ingest.EventLogReader;
import com.servicepolicy.evaluator.ingest.EventSink;
import com.servicepolicy.evaluator.ingest.InputFileException;
import com.servicepolicy.evaluator.ingest.ReadStats;
import com.servicepolicy.evaluator.ingest.Rejection;
import com.servicepolicy.evaluator.policy.Violation;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        Map<String, Customer> customers = new LinkedHashMap<>();
        ReadStats customerStats = ReadStats.EMPTY;
        if (request.customers() != null) {
            customerStats = request.customers().readInto(new CustomerSink() {
                @Override
                public void accept(Customer customer) {
                    customers.put(customer.customerId(), customer);
                }

                @Override
                public void rejected(Rejection rejection) {
                    listener.rejected(rejection);
                }
            });
        }
        HeldLog log = new HeldLog();
        EventLogReader reader = new EventLogReader();
        EventSink sink = holdingSink(log, listener);
        ReadStats stats = ReadStats.EMPTY;
        for (LogRequest.Events input : request.events()) {
            try {
                stats = stats.plus(input.readInto(reader, sink));
            } catch (InputFileException e) {
                throw e.countedAlso(stats);
            }
        }
        log.read(stats, List.copyOf(customers.values()), customerStats);
        return log;
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

    private static EventSink holdingSink(HeldLog log, ReadListener listener) {
        return new EventSink() {
            private long accepted;

            @Override
            public void accept(Event event) {
                if ((++accepted & 0xFFFF) == 0) {
                    listener.progress(accepted);
                }
                log.add(event);
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
