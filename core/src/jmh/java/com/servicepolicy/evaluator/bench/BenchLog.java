package com.servicepolicy.evaluator.bench;

import com.servicepolicy.evaluator.engine.EvaluationLimits;
import com.servicepolicy.evaluator.evaluation.HeldLog;
import com.servicepolicy.evaluator.evaluation.LogEvaluation;
import com.servicepolicy.evaluator.evaluation.LogRequest;
import com.servicepolicy.evaluator.evaluation.ReadListener;
import com.servicepolicy.evaluator.event.Customer;
import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.generate.GeneratedLog;
import com.servicepolicy.evaluator.generate.GeneratorOptions;
import com.servicepolicy.evaluator.generate.LogGenerator;
import com.servicepolicy.evaluator.ingest.Duplicate;
import com.servicepolicy.evaluator.ingest.EventInput;
import com.servicepolicy.evaluator.ingest.Rejection;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The log every engine benchmark evaluates, evaluated at its latest time: generated once per fork with a fixed
 * seed, or, with {@code -Dbench.log=DIR}, read from DIR/events.jsonl and DIR/customers.csv, so that two builds
 * can be measured on the very same events.
 */
final class BenchLog {
    /** Interactions (OPENED events) per log; benchmarks report per interaction through @OperationsPerInvocation. */
    static final int INTERACTIONS = 20_000;

    final List<Event> events;
    final Collection<Customer> customers;
    final Instant asOf;

    BenchLog() throws Exception {
        String dir = System.getProperty("bench.log");
        if (dir == null) {
            GeneratedLog log = new LogGenerator(new GeneratorOptions(INTERACTIONS, 42L)).generate();
            events = log.events();
            customers = log.customers();
            asOf = Instant.ofEpochMilli(events.stream().mapToLong(Event::getAt).max().orElseThrow());
            return;
        }
        HeldLog held = new LogEvaluation(EvaluationLimits.DEFAULTS).read(LogRequest.ofFiles(
                List.of(EventInput.of(Path.of(dir, "events.jsonl"))), Path.of(dir, "customers.csv")), new ReadListener() {
                    @Override
                    public void rejected(Rejection rejection) {
                    }

                    @Override
                    public void duplicate(Duplicate duplicate) {
                    }
                });
        asOf = held.defaultAsOf();
        customers = held.customers();
        events = held.events();
    }
}
