package com.servicepolicy.evaluator.spark;

import com.servicepolicy.evaluator.engine.EvaluationLimits;
import com.servicepolicy.evaluator.engine.RuleSet;
import com.servicepolicy.evaluator.engine.RuleSetException;
import com.servicepolicy.evaluator.evaluation.CustomerHistories;
import com.servicepolicy.evaluator.evaluation.LogEvaluation;
import com.servicepolicy.evaluator.event.Customer;
import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.spill.EventBytes;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Evaluates one partition of whole customers on an executor through the core's use case
 * ({@link LogEvaluation#evaluatePart}: its bounded groups of customers, every rule but the whole-log ones).
 * The rows come sorted by customer, then by their place in the input, so each customer's history is handed
 * over whole and in input order, one customer at a time. Group counts are left for the driver to judge once.
 */
final class PartEvaluation implements MapPartitionsFunction<Row, Row> {
    /** The command line's limits, on one thread: Spark runs as many partitions at once as it has cores. */
    private static final EvaluationLimits LIMITS = EvaluationLimits.DEFAULTS.withThreads(1);

    private final Broadcast<RuleText> rules;
    private final Broadcast<CustomerTable> customers;
    private final long asOf;

    PartEvaluation(Broadcast<RuleText> rules, Broadcast<CustomerTable> customers, Instant asOf) {
        this.rules = rules;
        this.customers = customers;
        this.asOf = asOf.toEpochMilli();
    }

    @Override
    public Iterator<Row> call(Iterator<Row> sorted) throws RuleSetException {
        RuleSet ruleSet = ExecutorRules.get(rules.value());
        LogEvaluation.PartResult part = new LogEvaluation(LIMITS)
                .evaluatePart(ruleSet, histories(sorted, customers.value().customers()), Instant.ofEpochMilli(asOf));
        List<Row> out = new ArrayList<>(part.result().violations().size() + part.groupCounts().size() + 1);
        part.result().violations().forEach(v -> out.add(PartRows.violation(v)));
        part.groupCounts().forEach(c -> out.add(PartRows.group(c)));
        out.add(PartRows.figures(part.result().stats(), part.result().violations().size()));
        return out.iterator();
    }

    /** Rows (customerId, payload) sorted by customer, as one history per customer. */
    private static CustomerHistories histories(Iterator<Row> sorted, Collection<Customer> customers) {
        return new CustomerHistories() {
            @Override
            public void forEachCustomer(Consumer<List<Event>> action) {
                List<Event> history = new ArrayList<>();
                String customer = null;
                while (sorted.hasNext()) {
                    Row row = sorted.next();
                    String id = row.getString(0);
                    if (customer != null && !customer.equals(id)) {
                        action.accept(history);
                        history = new ArrayList<>();
                    }
                    customer = id;
                    history.add(EventBytes.decode((byte[]) row.get(1)));
                }
                if (!history.isEmpty()) {
                    action.accept(history);
                }
            }

            @Override
            public Collection<Customer> customers() {
                return customers;
            }
        };
    }
}
