package com.servicepolicy.evaluator.bench;

import com.servicepolicy.evaluator.engine.RuleSet;
import com.servicepolicy.evaluator.engine.RuleSetLoader;
import com.servicepolicy.evaluator.reference.Finding;
import com.servicepolicy.evaluator.reference.ReferenceEvaluator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** The baseline: the plain-Java reference of the default catalog (test code) on the same log as {@link EngineBenchmark}. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(BenchLog.INTERACTIONS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ReferenceBenchmark {
    private BenchLog input;
    private RuleSet rules;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        input = new BenchLog();
        rules = RuleSetLoader.load(Path.of("rules"));
    }

    @Benchmark
    public Set<Finding> reference() {
        return ReferenceEvaluator.evaluate(input.events, input.customers, input.asOf, rules.settings());
    }
}
