package com.servicepolicy.evaluator.generate;

import com.servicepolicy.evaluator.event.Customer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Generates a realistic interaction log, deterministic for a seed, in constant memory.
 *
 * <p>Streaming: customers are simulated one at a time, each starting at a point of the logged
 * period proportional to the interactions made so far, and their events are collected into a batch
 * of about {@value #BATCH_EVENTS} events. A full batch is sorted by time and handed to the sink,
 * then dropped. The log is therefore time-ordered within a batch and only roughly across batches
 * (a customer's later contacts may appear in the batch of their first one), much like an export
 * merged from several systems. Memory is bounded by one batch whatever the size of the log.
 */
public final class LogGenerator {
    static final int BATCH_EVENTS = 20_000;
    private static final Comparator<Draft> LOG_ORDER = Comparator.comparingLong(Draft::at).thenComparingLong(Draft::order);

    private final GeneratorOptions options;

    public LogGenerator(GeneratorOptions options) {
        this.options = options;
    }

    /** The whole log in memory: for tests and small sizes. */
    public GeneratedLog generate() {
        GeneratedLog.Collector collector = new GeneratedLog.Collector();
        generate(collector);
        return collector.toLog();
    }

    /** Streams the log into {@code sink}; returns the number of events produced. */
    public long generate(LogSink sink) {
        Dice dice = new Dice(options.seed());
        Ids ids = new Ids();
        AgentPool agents = new AgentPool(options.interactions());
        List<Draft> batch = new ArrayList<>(BATCH_EVENTS + 1_000);
        long made = 0;
        long sequence = 0;
        while (made < options.interactions()) {
            Customer customer = CustomerProfiles.create(ids.nextCustomer(), dice);
            Emitter emitter = new Emitter(ids, batch, options.endMillis(), customer.customerId());
            long firstOpenedAt = periodPosition(made) + dice.between(0, Dice.DAY);
            made += new CustomerJourney(dice, emitter, agents, customer, options.endMillis())
                    .run(Math.min(firstOpenedAt, options.endMillis()), options.interactions() - made);
            sink.customer(customer);
            if (batch.size() >= BATCH_EVENTS) {
                sequence = flush(batch, sink, sequence);
            }
        }
        return flush(batch, sink, sequence);
    }

    /** Where in the period the next customer starts: the log fills evenly from start to end. */
    private long periodPosition(long made) {
        long offset = (long) ((double) made / options.interactions() * (options.spanMillis() - Dice.DAY));
        return options.startMillis() + offset / Dice.SECOND * Dice.SECOND;
    }

    private static long flush(List<Draft> batch, LogSink sink, long sequence) {
        batch.sort(LOG_ORDER);
        for (Draft draft : batch) {
            sink.event(draft.build(sequence++));
        }
        batch.clear();
        return sequence;
    }
}
