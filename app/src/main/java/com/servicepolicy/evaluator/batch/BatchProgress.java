package com.servicepolicy.evaluator.batch;

import com.servicepolicy.evaluator.console.Terminal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress of the running stage: a log line with count and rate every few seconds, and, when the
 * command line asks for it and stderr is a terminal, a progress bar redrawn on stderr.
 */
@Component
class BatchProgress {
    private static final Logger log = LoggerFactory.getLogger(BatchProgress.class);
    private static final long LOG_EVERY_NANOS = 5_000_000_000L;
    private static final long DRAW_EVERY_NANOS = 200_000_000L;

    private final boolean bar;
    private final PrintStream err = System.err;
    private String stage = "";
    private String unit = "";
    private long total;
    private long done;
    private long startedNanos;
    private long lastLog;
    private long lastDraw;

    BatchProgress(BatchProperties properties) {
        // a bar redrawn with \r is for a person: never into a redirected file or a pipe (issue #18)
        this.bar = properties.progressBar() && Terminal.stderrIsTerminal();
    }

    /** Starts a stage; {@code total} is the amount expected, or 0 when unknown. */
    synchronized void begin(String stageName, String unitName, long expected, long alreadyDone) {
        stage = stageName;
        unit = unitName;
        total = expected;
        done = alreadyDone;
        startedNanos = System.nanoTime();
        lastLog = startedNanos;
        lastDraw = 0;
        log.info("{}: starting ({} {} expected{})", stage, total == 0 ? "?" : format(total), unit,
                alreadyDone > 0 ? ", resuming after " + format(alreadyDone) : "");
    }

    synchronized void advance(long amount) {
        done += amount;
        long now = System.nanoTime();
        if (now - lastLog >= LOG_EVERY_NANOS) {
            lastLog = now;
            log.info("{}: {} {} ({} {}/s)", stage, format(done) + (total > 0 ? " of " + format(total) : ""),
                    unit, format((long) rate(now)), unit);
        }
        if (bar && now - lastDraw >= DRAW_EVERY_NANOS) {
            lastDraw = now;
            draw(now);
        }
    }

    synchronized void end() {
        long now = System.nanoTime();
        if (bar) {
            draw(now);
            err.println();
        }
        log.info("{}: done, {} {} in {} s ({} {}/s)", stage, format(done), unit,
                String.format(Locale.ROOT, "%.1f", (now - startedNanos) / 1e9), format((long) rate(now)), unit);
    }

    private double rate(long now) {
        double seconds = Math.max(1e-3, (now - startedNanos) / 1e9);
        return done / seconds;
    }

    private void draw(long now) {
        StringBuilder line = new StringBuilder("\r").append(String.format(Locale.ROOT, "%-10s", stage)).append(' ');
        if (total > 0) {
            int width = 30;
            int filled = (int) Math.min(width, done * width / total);
            line.append('[').append("#".repeat(filled)).append("-".repeat(width - filled)).append("] ")
                    .append(String.format(Locale.ROOT, "%3d%% ", Math.min(100, done * 100 / total)));
        }
        line.append(format(done)).append(' ').append(unit).append("  ").append(format((long) rate(now)))
                .append(' ').append(unit).append("/s   ");
        err.print(line);
        err.flush();
    }

    private static String format(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
