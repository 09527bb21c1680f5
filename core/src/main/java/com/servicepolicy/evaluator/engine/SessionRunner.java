package com.servicepolicy.evaluator.engine;

import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * Runs one bounded group of facts through a fresh session of the shared KieBase, within the evaluation
 * limits: a session that fires too often is halted and reported; one that runs too long (a rule that
 * loops, blocks or sleeps in its {@code then}) is stopped on its {@link RuleThreads} thread, abandoned there
 * if it ignores that, and reported either way, so that the caller never waits past the limit and a grace.
 */
final class SessionRunner {
    private final RuleSet ruleSet;
    private final EvaluationLimits limits;
    private final RuleThreads threads;
    private final long deadlineNanos;

    /** {@code deadlineNanos}: {@link System#nanoTime()} by which the whole run must end, or Long.MAX_VALUE. */
    SessionRunner(RuleSet ruleSet, EvaluationLimits limits, RuleThreads threads, long deadlineNanos) {
        this.ruleSet = ruleSet;
        this.limits = limits;
        this.threads = threads;
        this.deadlineNanos = deadlineNanos;
    }

    /**
     * What one session is fed: its facts, and the count its firing limit is set by (the group's facts including
     * the events left out of the session because no rule can match them).
     */
    record Feed(Collection<?> facts, int factsOfGroup) {
    }

    /** Inserts the facts, fires the rules into {@code collector}, and returns the number of firings. */
    int run(Collection<?> facts, ViolationCollector collector) {
        Feed feed = new Feed(facts, facts.size());
        return run(() -> feed, collector);
    }

    /**
     * As {@link #run(Collection, ViolationCollector)}, with the facts made by {@code feed} on the thread the
     * session then runs on (within its time limit): made there, they are read from the cache of the core that
     * wrote them, not fetched across cores from the caller's. No facts: no session, 0 firings.
     */
    int run(Supplier<Feed> feed, ViolationCollector collector) {
        Duration limit = limit();
        FiringSession session = new FiringSession(feed, collector);
        try {
            return threads.run(session, limit);
        } catch (RuleThreads.TimedOut e) {
            throw new RuleLoopException(session.current.name, limit.toMillis(), e.abandoned());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the rules", e);
        }
    }

    /** The session's time: the limit per session, or what is left of the run's, whichever is shorter. */
    private Duration limit() {
        if (deadlineNanos == Long.MAX_VALUE) {
            return limits.maxTime();
        }
        long left = Math.max(1, deadlineNanos - System.nanoTime());
        return left < limits.maxTime().toNanos() ? Duration.ofNanos(left) : limits.maxTime();
    }

    private final class FiringSession implements RuleThreads.Session<Integer> {
        private final Supplier<Feed> feed;
        private final ViolationCollector collector;
        private final CurrentRule current = new CurrentRule();
        private volatile KieSession session;

        FiringSession(Supplier<Feed> feed, ViolationCollector collector) {
            this.feed = feed;
            this.collector = collector;
        }

        @Override
        public Integer call() {
            Feed fed = feed.get();
            if (fed.facts().isEmpty()) {
                return 0;
            }
            KieSession s = ruleSet.kieBase().newKieSession();
            session = s;
            try {
                if (ruleSet.declaresGlobal("settings")) {
                    s.setGlobal("settings", ruleSet.settings());
                }
                if (ruleSet.declaresGlobal("violations")) {
                    s.setGlobal("violations", collector);
                }
                s.addEventListener(current);
                if (ruleSet.profile() != null) {
                    s.addEventListener(ruleSet.profile().sessionListener());
                }
                int maxFirings = limits.maxFirings(fed.factsOfGroup());
                int fired = insertAndFire(s, fed.facts(), maxFirings);
                if (fired >= maxFirings) {
                    throw new RuleLoopException(current.name, fired + " firings on " + fed.factsOfGroup() + " facts");
                }
                return fired;
            } finally {
                s.dispose();
            }
        }

        /** Conditions run as facts are inserted, {@code then}s as rules fire: either may be an author's code that throws. */
        private int insertAndFire(KieSession s, Collection<?> facts, int maxFirings) {
            try {
                for (Object fact : facts) {
                    s.insert(fact);
                }
                return s.fireAllRules(maxFirings);
            } catch (RuntimeException | StackOverflowError e) { // a rule that recurses without end is the rule's fault too
                throw RuleFailedException.of(e, current.name);
            }
        }

        @Override
        public void halt() {
            KieSession s = session;
            if (s != null) {
                s.halt();
            }
        }
    }

    /** The rule firing now (or last), so that a session stopped in a rule's {@code then} names that rule. */
    private static final class CurrentRule extends DefaultAgendaEventListener {
        private volatile String name = "(none)";

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            name = event.getMatch().getRule().getName();
        }
    }
}
