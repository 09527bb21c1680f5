package com.servicepolicy.evaluator.engine;

import com.servicepolicy.evaluator.event.Customer;
import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.policy.Clock;
import com.servicepolicy.evaluator.policy.Violation;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One evaluation at one asOf, fed customer by customer, so that a caller can stream a log of any size
 * through it. This is the one place that groups customers into rule sessions: whole customers are
 * gathered into a group until it holds {@link EvaluationLimits#groupSize()} events, and each group is
 * one session. {@link #finish()} evaluates the last group and the whole-log rules (disparate refusal
 * rates) and returns every violation.
 *
 * <p>With {@link EvaluationLimits#threads()} above 1, groups are evaluated on a small pool while the
 * caller prepares the next ones; at most two groups per thread are in flight (bounded memory), and
 * their outcomes are merged in the order the groups were given, so the result does not depend on
 * the number of threads. Not thread-safe itself: feed it from one thread.
 */
public final class EvaluationRun {
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final RuleSet ruleSet;
    private final SessionRunner runner;
    private final GroupEvaluation groups;
    private final long asOf;
    private final boolean explain;
    private RefusalTally tally = new RefusalTally();
    private final Map<String, Violation> violations = new LinkedHashMap<>();
    private final List<ViolationCollector.Explained> explained = new ArrayList<>();
    private final List<Clock> clocks = new ArrayList<>();
    private final long startedNanos = System.nanoTime();
    private final ExecutorService pool;
    private final int maxInFlight;
    private final Deque<Future<GroupEvaluation.Outcome>> inFlight = new ArrayDeque<>();
    private final int groupSize;
    private List<Event> group;
    private long events;
    private long afterAsOf;
    private long interactions;
    private long sessions;
    private long firings;

    EvaluationRun(RuleSet ruleSet, EvaluationLimits limits, RuleThreads ruleThreads, Instant asOf,
                  Map<String, Customer> customers, boolean explain) {
        this.ruleSet = ruleSet;
        this.runner = new SessionRunner(ruleSet, limits, ruleThreads, limits.maxRunTime() == null ? Long.MAX_VALUE
                : startedNanos + limits.maxRunTime().toNanos());
        this.asOf = asOf.toEpochMilli();
        this.explain = explain;
        this.groups = new GroupEvaluation(ruleSet, runner, this.asOf, customers, explain);
        this.pool = limits.threads() > 1 ? newPool(limits.threads()) : null;
        this.maxInFlight = 2 * limits.threads();
        this.groupSize = limits.groupSize();
        this.group = newGroup();
    }

    /**
     * Adds every event of one customer (all of them: a customer is never split across sessions);
     * evaluates the group gathered so far once it is full, possibly later on another thread.
     */
    public void evaluateCustomer(List<Event> customerEvents) {
        group.addAll(customerEvents);
        if (group.size() >= groupSize) {
            evaluateGroup(group);
            group = newGroup();
        }
    }

    private List<Event> newGroup() {
        return new ArrayList<>(groupSize + 64);
    }

    private void evaluateGroup(List<Event> groupEvents) {
        if (pool == null) {
            merge(groups.evaluate(groupEvents));
            return;
        }
        inFlight.add(pool.submit(() -> groups.evaluate(groupEvents)));
        while (inFlight.size() >= maxInFlight) {
            mergeOldest();
        }
    }

    /**
     * Adds group counts computed elsewhere (e.g. in SQL over a 90-day window) to the whole-log
     * refusal tally, as if those interactions had been fed to this run.
     */
    public void addRefusalCounts(String attribute, String group, long interactions, long refused) {
        if (interactions < 0 || refused < 0 || refused > interactions) {
            throw new IllegalArgumentException("refusal counts of " + attribute + "=" + group + " must satisfy 0 <= refused <= interactions");
        }
        tally.add(attribute, group, interactions, refused);
    }

    /**
     * Evaluates the customers fed so far and hands the refusal counts tallied so far (plus counts added) to
     * {@code to} instead of judging them, leaving this run's tally empty, so that {@link #finish()} judges no
     * partial rates. For a run over part of a log (a Spark partition): the parts' counts are summed and judged
     * once ({@link #addRefusalCounts}), so that the whole-log rules see the whole log.
     */
    public void takeRefusalCounts(RefusalCounts to) {
        if (!group.isEmpty()) {
            evaluateGroup(group);
            group = newGroup();
        }
        while (!inFlight.isEmpty()) {
            mergeOldest();
        }
        tally.forEach(to);
        tally = new RefusalTally();
    }

    /** Evaluates the whole-log rules and returns every violation, sorted by code then subject. */
    public EvaluationResult finish() {
        evaluateGroup(group);
        group = List.of();
        try {
            while (!inFlight.isEmpty()) {
                mergeOldest();
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        fire(new ArrayList<>(tally.rates(ruleSet.settings())));
        List<Violation> sorted = new ArrayList<>(violations.values());
        sorted.sort(Comparator.comparing(Violation::code).thenComparing(Violation::subject));
        long millis = (System.nanoTime() - startedNanos) / 1_000_000;
        return new EvaluationResult(Instant.ofEpochMilli(asOf), ruleSet.version(), sorted,
                new EvaluationStats(events, afterAsOf, interactions, sessions, firings, millis),
                List.copyOf(explained), List.copyOf(clocks));
    }

    private void mergeOldest() {
        Future<GroupEvaluation.Outcome> oldest = inFlight.poll();
        try {
            merge(oldest.get());
        } catch (ExecutionException e) {
            pool.shutdownNow();
            inFlight.clear();
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pool.shutdownNow();
            throw new IllegalStateException("interrupted while evaluating", e);
        }
    }

    private void merge(GroupEvaluation.Outcome outcome) {
        events += outcome.events();
        afterAsOf += outcome.afterAsOf();
        interactions += outcome.interactions();
        sessions += outcome.sessions();
        firings += outcome.firings();
        tally.addAll(outcome.tally());
        for (Violation v : outcome.violations()) {
            violations.putIfAbsent(v.code() + '\u0000' + v.subject(), v);
        }
        explained.addAll(outcome.explained());
        clocks.addAll(outcome.clocks());
    }

    private void fire(List<Object> facts) {
        if (facts.isEmpty()) {
            return;
        }
        ViolationCollector collector = new ViolationCollector(ruleSet.rulesByName(), ruleSet.settings(), explain);
        firings += runner.run(facts, collector);
        sessions++;
        for (Violation v : collector.violations()) {
            violations.putIfAbsent(v.code() + '\u0000' + v.subject(), v);
        }
        explained.addAll(collector.explained());
    }

    private static ExecutorService newPool(int threads) {
        int pool = POOLS.incrementAndGet();
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor executor = new ThreadPoolExecutor(threads, threads, 10, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "rule-sessions-" + pool + "-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        executor.allowCoreThreadTimeOut(true); // a run abandoned without finish() leaves no threads behind
        return executor;
    }
}
