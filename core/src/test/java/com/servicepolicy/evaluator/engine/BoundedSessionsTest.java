package com.servicepolicy.evaluator.engine;

import com.servicepolicy.evaluator.event.Priority;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue #15: a {@code then} that sleeps held a request for its whole sleep, and a {@code while(true)} would
 * hold a thread for ever. Sessions run on {@link RuleThreads}: the caller's wait is bounded by the limit
 * plus a grace, a deaf session's thread is abandoned and counted, and a pool full of stuck threads refuses.
 */
class BoundedSessionsTest {
    private static final Duration LIMIT = Duration.ofMillis(500);
    private static final Duration MARGIN = Duration.ofSeconds(1); // the grace (250 ms) and a loaded machine's delay

    private static EvaluationLimits limits() {
        return new EvaluationLimits(100, 1_000_000, 1_000_000, LIMIT);
    }

    @Test
    void aSleepingConsequenceIsInterruptedAndTheCallerAnswersWithinTheLimit(@TempDir Path dir) throws Exception {
        RuleThreads threads = new RuleThreads(2);
        Evaluator evaluator = new Evaluator(RuleSetLoader.load(LoopingRules.sleepingRule(dir, 30)), limits(), threads);
        long started = System.nanoTime();

        assertThatThrownBy(() -> evaluator.evaluate(new Events().opened("0s", Priority.HIGH).list(), List.of(),
                Events.at("1h")))
                .isInstanceOfSatisfying(RuleLoopException.class, e -> {
                    assertThat(e.ruleName()).isEqualTo(LoopingRules.SLEEPER);
                    assertThat(e.abandoned()).as("sleep ends when interrupted").isFalse();
                })
                .hasMessageContaining("running for 500 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(LIMIT.plus(MARGIN));
        assertThat(threads.stuck()).isZero();
    }

    @Test
    void aSessionThatIgnoresInterruptsIsAbandonedCountedAndAFullPoolRefusesAtOnce(@TempDir Path dir) throws Exception {
        RuleThreads threads = new RuleThreads(2);
        Evaluator evaluator = new Evaluator(RuleSetLoader.load(LoopingRules.deafRule(dir)), limits(), threads);
        var log = new Events().opened("0s", Priority.HIGH).list();

        for (int i = 1; i <= 2; i++) {
            long started = System.nanoTime();
            assertThatThrownBy(() -> evaluator.evaluate(log, List.of(), Events.at("1h")))
                    .isInstanceOfSatisfying(RuleLoopException.class, e -> assertThat(e.abandoned()).isTrue())
                    .hasMessageContaining("its thread was abandoned");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(LIMIT.plus(MARGIN));
            assertThat(threads.stuck()).isEqualTo(i);
        }
        long started = System.nanoTime();
        assertThatThrownBy(() -> evaluator.evaluate(log, List.of(), Events.at("1h")))
                .isInstanceOf(RulesBusyException.class).hasMessageContaining("every one of the 2 rule threads is stuck");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("refused at once").isLessThan(Duration.ofMillis(200));
        assertThat(threads.busy()).isEqualTo(2);
    }

    @Test
    void aWholeRunIsBoundedWhenItHasABudgetEvenAcrossManySessions(@TempDir Path dir) throws Exception {
        RuleThreads threads = new RuleThreads(4);
        // each session sleeps 1 s, under its own 5 s limit; five groups of one customer each would take 5 s
        EvaluationLimits perSession = new EvaluationLimits(1, 1_000_000, 1_000_000, Duration.ofSeconds(5));
        Evaluator evaluator = new Evaluator(RuleSetLoader.load(LoopingRules.sleepingRule(dir, 1)),
                perSession.withMaxRunTime(Duration.ofMillis(1_500)), threads);
        Events log = new Events();
        for (int c = 0; c < 5; c++) {
            log.customer("c" + c).interaction("i" + c).opened("0s", Priority.HIGH);
        }
        long started = System.nanoTime();

        assertThatThrownBy(() -> evaluator.evaluate(log.list(), List.of(), Events.at("1h")))
                .isInstanceOf(RuleLoopException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1_500).plus(MARGIN));
    }

    @Test
    void theDefaultCatalogStillEvaluatesOnRuleThreads() throws Exception {
        RuleThreads threads = new RuleThreads(1);
        var log = new Events().opened("0s", Priority.HIGH).list();
        for (int i = 0; i < 3; i++) {
            assertThat(new Evaluator(RuleSetLoader.load(Path.of("rules")), EvaluationLimits.DEFAULTS, threads)
                    .evaluate(log, List.of(), Events.at("5h")).violations()).isNotEmpty();
        }
        assertThat(threads.busy()).isZero();
    }
}
