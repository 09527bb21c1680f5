package com.servicepolicy.evaluator.service;

import com.servicepolicy.evaluator.policy.Violation;
import com.servicepolicy.evaluator.engine.RuleThreads;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.time.Duration;
import java.util.List;

/**
 * The service's meters: evaluation latency (with a percentile histogram, so p99 can be computed
 * across instances), evaluations by outcome, violations by code, rejected events, reloads and rule threads.
 */
public class EvaluationMetrics {
    private final MeterRegistry registry;
    private final Timer latency;
    private final Counter rejectedEvents;

    public EvaluationMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.latency = Timer.builder("evaluator.evaluation.latency")
                .description("Time to evaluate one request, parsing excluded")
                .publishPercentileHistogram()
                .register(registry);
        this.rejectedEvents = Counter.builder("evaluator.events.rejected")
                .description("Events refused as invalid")
                .register(registry);
    }

    void evaluated(String outcome, Duration took, List<Violation> violations) {
        latency.record(took);
        registry.counter("evaluator.evaluations", "outcome", outcome).increment();
        for (Violation v : violations) {
            registry.counter("evaluator.violations", "code", v.code()).increment();
        }
    }

    public void rejected(long events) {
        rejectedEvents.increment(events);
    }

    /** Gauges of the service's rule threads: how many there are, run a session now, and are stuck. */
    public void watch(RuleThreads threads) {
        Gauge.builder("evaluator.rules.threads", threads, RuleThreads::size)
                .description("Threads rule sessions may run on").register(registry);
        Gauge.builder("evaluator.rules.threads.busy", threads, RuleThreads::busy)
                .description("Rule threads running a session now, stuck ones included").register(registry);
        Gauge.builder("evaluator.rules.threads.stuck", threads, RuleThreads::stuck)
                .description("Rule threads abandoned to a session that ignored being stopped").register(registry);
    }

    void reloaded(boolean success) {
        registry.counter("evaluator.rules.reloads", "outcome", success ? "success" : "failure").increment();
    }
}
