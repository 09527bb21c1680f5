package com.servicepolicy.evaluator.bench;

import com.servicepolicy.evaluator.engine.EvaluationLimits;
import com.servicepolicy.evaluator.engine.EvaluationResult;
import com.servicepolicy.evaluator.engine.Evaluator;
import com.servicepolicy.evaluator.engine.RuleSet;
import com.servicepolicy.evaluator.engine.RuleSetLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Interactions per second of the default catalog on a generated log of 20,000 interactions
 * (~105,000 events): the Drools engine per grouping strategy against the hand-written Java
 * reference ({@link ReferenceBenchmark}). Warm-up (30 s) evaluates several million facts before measuring, so that the JIT
 * has compiled the rule network and the fact paths.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(BenchLog.INTERACTIONS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class EngineBenchmark {
    /** Events per session; 1 means one session per customer (a group closes after its first customer). */
    @Param({"1", "500", "2000", "20000"})
    int groupSize;

    /** Sessions evaluated at once. */
    @Param({"1", "2"})
    int threads;

    private BenchLog input;
    private RuleSet rules;
    private Evaluator evaluator;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        input = new BenchLog();
        rules = RuleSetLoader.load(Path.of("rules"));
        evaluator = new Evaluator(rules, new EvaluationLimits(groupSize, 50, 10_000, Duration.ofSeconds(10), threads));
    }

    @Benchmark
    public EvaluationResult drools() {
        return evaluator.evaluate(input.events, input.customers, input.asOf);
    }
}
