package com.servicepolicy.evaluator.bench;

import com.servicepolicy.evaluator.engine.Evaluator;
import com.servicepolicy.evaluator.generate.GeneratedLog;
import com.servicepolicy.evaluator.generate.GeneratorOptions;
import com.servicepolicy.evaluator.generate.LogGenerator;

import java.time.Instant;

/** The log every engine benchmark evaluates: generated once per fork, fixed seed, evaluated at its latest time. */
final class BenchLog {
    /** Interactions (OPENED events) per log; benchmarks report per interaction through @OperationsPerInvocation. */
    static final int INTERACTIONS = 20_000;

    final GeneratedLog log;
    final Instant asOf;

    BenchLog() {
        log = new LogGenerator(new GeneratorOptions(INTERACTIONS, 42L)).generate();
        asOf = Evaluator.latestTime(log.events());
    }
}
