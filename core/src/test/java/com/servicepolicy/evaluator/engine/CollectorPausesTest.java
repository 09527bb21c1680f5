package com.servicepolicy.evaluator.engine;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A session's time limit does not count the JVM's collection pauses: a Spark task at 5M interactions failed as "a
 * rule that loops" after one collection of 11.5 s on one core. The pause clock here is the test's own.
 */
class CollectorPausesTest {
    private static final Duration LIMIT = Duration.ofMillis(300);
    private static final Duration MARGIN = Duration.ofSeconds(1); // the grace (250 ms) and a loaded machine's delay

    @Test
    void aSessionStoppedByACollectionGetsThePauseAddedToItsLimit() throws Exception {
        AtomicLong paused = new AtomicLong();
        RuleThreads threads = new RuleThreads(1, paused::get);

        long started = System.nanoTime();
        int result = threads.run(sleeping(600, () -> paused.addAndGet(LIMIT.multipliedBy(3).toNanos())), LIMIT);

        assertThat(result).isEqualTo(600);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(600));
    }

    @Test
    void withoutPausesASessionIsStoppedAtItsLimit() {
        RuleThreads threads = new RuleThreads(1, () -> 0);

        long started = System.nanoTime();
        assertThatThrownBy(() -> threads.run(sleeping(5_000, () -> { }), LIMIT)).isInstanceOf(RuleThreads.TimedOut.class);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(LIMIT.plus(MARGIN));
    }

    @Test
    void aJvmThatDoesNothingButCollectStillEndsTheSessionAtFourTimesItsLimit() {
        long origin = System.nanoTime();
        RuleThreads threads = new RuleThreads(1, () -> System.nanoTime() - origin); // every moment a pause

        long started = System.nanoTime();
        assertThatThrownBy(() -> threads.run(sleeping(60_000, () -> { }), LIMIT)).isInstanceOf(RuleThreads.TimedOut.class);

        Duration waited = Duration.ofNanos(System.nanoTime() - started);
        Duration credited = LIMIT.multipliedBy(1 + RuleThreads.MAX_PAUSE_CREDIT);
        assertThat(waited).isGreaterThanOrEqualTo(credited).isLessThan(credited.plus(MARGIN));
    }

    @Test
    void theJvmsPausesAreReadFromItsCollectors() {
        long before = CollectorPauses.nanos();
        for (int i = 0; i < 3; i++) {
            System.gc(); // a full collection stops every thread, whichever collector runs
        }
        assertThat(CollectorPauses.nanos()).isGreaterThan(before);
    }

    /** A session that first calls {@code atStart}, then sleeps {@code millis} (interruptibly) and returns them. */
    private static RuleThreads.Session<Integer> sleeping(int millis, Runnable atStart) {
        return new RuleThreads.Session<>() {
            @Override
            public Integer call() throws InterruptedException {
                atStart.run();
                Thread.sleep(millis);
                return millis;
            }

            @Override
            public void halt() {
            }
        };
    }
}
