package com.servicepolicy.evaluator.service;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Whether the rule set serving can evaluate at all, from how its evaluations ended: it cannot when its last
 * {@value #STREAK} evaluations were all stopped by the limits (one unlucky request is not a verdict). A rule
 * that loops on one customer's data leaves the others answered, and the set is then still usable; a set whose
 * every evaluation is stopped answers nothing but 422s, and health must say so. Counted per rule-set version,
 * so a reload starts afresh.
 */
public class RulesCanEvaluate {
    static final int STREAK = 3;

    /** {@code ok}: evaluations of {@code version} answered; {@code stoppedInARow}: stopped since the last answer. */
    private record Tally(String version, long ok, long stoppedInARow) {
    }

    private final AtomicReference<Tally> tally = new AtomicReference<>(new Tally("", 0, 0));

    void ok(String version) {
        tally.updateAndGet(t -> new Tally(version, same(t, version) ? t.ok() + 1 : 1, 0));
    }

    void stopped(String version) {
        tally.updateAndGet(t -> same(t, version) ? new Tally(version, t.ok(), t.stoppedInARow() + 1)
                : new Tally(version, 0, 1));
    }

    /** {@code false} when the last {@value #STREAK} evaluations of {@code servingVersion} were all stopped. */
    public boolean canEvaluate(String servingVersion) {
        Tally t = tally.get();
        return !same(t, servingVersion) || t.stoppedInARow() < STREAK;
    }

    /** Evaluations of {@code servingVersion} stopped in a row just now. */
    public long stoppedInARow(String servingVersion) {
        Tally t = tally.get();
        return same(t, servingVersion) ? t.stoppedInARow() : 0;
    }

    private static boolean same(Tally t, String version) {
        return t.version().equals(version);
    }
}
