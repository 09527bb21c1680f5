package com.servicepolicy.evaluator.service;

import com.servicepolicy.evaluator.policy.Violation;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.time.Duration;
import java.util.List;

/**
 * The service's meters: evaluation latency (with a percentile histogram, so p99 can be computed
 * across instances), evaluations by outcome, violations by code, rejected events and reloads.
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

    void reloaded(boolean success) {
        registry.counter("evaluator.rules.reloads", "outcome", success ? "success" : "failure").increment();
    }
}
