package com.servicepolicy.evaluator.bench;

import com.servicepolicy.evaluator.engine.RuleSet;
import com.servicepolicy.evaluator.engine.RuleSetLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Time to read rules/ and build the KieBase (DRL parse, MVEL/Java compile, network build). Cold is
 * what every CLI run pays once; warm is what a hot reload in the service pays.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RuleSetBenchmark {

    /** First load in a fresh JVM: one shot per fork. */
    @Benchmark
    @Fork(5)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public RuleSet coldLoad() throws Exception {
        return RuleSetLoader.load(Path.of("rules"));
    }

    /** Reload in a warm JVM. */
    @Benchmark
    @Fork(1)
    @Warmup(iterations = 10)
    @Measurement(iterations = 10)
    public RuleSet warmLoad() throws Exception {
        return RuleSetLoader.load(Path.of("rules"));
    }
}
