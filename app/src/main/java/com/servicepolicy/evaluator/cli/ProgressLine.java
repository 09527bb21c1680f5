package com.servicepolicy.evaluator.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A line on stderr, redrawn in place, that counts the events read while a long input is read: drawn only when
 * stderr is a terminal, and only once a read has taken longer than {@link #AFTER_NANOS}, so that short runs,
 * files and pipes see nothing of it. Cleared before anything else is printed.
 */
final class ProgressLine {
    static final long AFTER_NANOS = 1_000_000_000L;
    private static final long EVERY_NANOS = 250_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final LongSupplier clock;
    private final long started;
    private long lastDraw;
    private int drawnWidth;

    ProgressLine(PrintWriter err, boolean terminal, LongSupplier clock) {
        this.err = err;
        this.terminal = terminal;
        this.clock = clock;
        this.started = clock.getAsLong();
    }

    void events(long read) {
        if (!terminal) {
            return;
        }
        long now = clock.getAsLong();
        if (now - started < AFTER_NANOS || now - lastDraw < EVERY_NANOS) {
            return;
        }
        lastDraw = now;
        double seconds = (now - started) / 1e9;
        String line = String.format(Locale.ROOT, "reading: %,d events (%,.0f/s)", read, read / seconds);
        err.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
        err.flush();
        drawnWidth = line.length();
    }

    /** Removes the line, if one was drawn. */
    void clear() {
        if (drawnWidth > 0) {
            err.print("\r" + " ".repeat(drawnWidth) + "\r");
            err.flush();
            drawnWidth = 0;
        }
    }
}
