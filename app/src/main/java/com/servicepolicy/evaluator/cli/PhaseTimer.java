package com.servicepolicy.evaluator.cli;

import java.util.StringJoiner;

/** Wall time of consecutive phases of a command, for {@code --timings}: "rules=812 read=1403 ..." in ms. */
final class PhaseTimer {
    private final StringJoiner laps = new StringJoiner(" ");
    private long lapStarted = System.nanoTime();

    /** Ends the current phase under {@code name} and starts the next. */
    void lap(String name) {
        long now = System.nanoTime();
        laps.add(name + "=" + (now - lapStarted) / 1_000_000);
        lapStarted = now;
    }

    @Override
    public String toString() {
        return laps.toString();
    }
}
