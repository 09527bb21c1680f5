package com.servicepolicy.evaluator.batch;

import com.servicepolicy.evaluator.engine.EvaluationLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Settings of the nightly batch ({@code evaluator.batch.*}).
 *
 * @param inbox            folder holding one sub-folder per night, {@code <inbox>/<yyyy-MM-dd>/}
 * @param out              folder receiving {@code <out>/<yyyy-MM-dd>/report.html} and {@code violations.csv}
 * @param zone             time zone of the nights: a night's asOf is the end of its date there
 * @param cron             when the scheduled run starts (Spring cron, in {@code zone}); it evaluates yesterday
 * @param scheduled        whether the schedule is on (off in tests and on the command line)
 * @param historyWindow    how much of a customer's history an evaluation sees
 * @param recentWindow     customers with any event this recent are re-evaluated (running clocks)
 * @param fairnessWindow   the window of the disparate-refusal audit (FAIR-003)
 * @param chunkLines       input lines committed per transaction
 * @param chunkCustomers   customers evaluated per transaction
 * @param progressBar      draw a progress bar on stderr (the command line turns it on)
 * @param retention        events older than this before a night's asOf are deleted at the end of the night; at
 *                         least the longest window, so that a rerun of a night within (retention - window)
 *                         judges with the same history
 * @param runDetailRetention a night's detail (which violations it saw, where its duplicate lines were first read)
 *                         is kept this long after the night, its counts and so its report for ever; older
 *                         nights' detail is deleted at the end of a night
 * @param threads          rule sessions evaluated at once; 0 (the default): one per processor, at most 4.
 *                         The violations do not depend on it.
 */
@ConfigurationProperties("evaluator.batch")
public record BatchProperties(
        @DefaultValue("inbox") Path inbox,
        @DefaultValue("out/runs") Path out,
        @DefaultValue("UTC") ZoneId zone,
        @DefaultValue("0 0 2 * * *") String cron,
        @DefaultValue("true") boolean scheduled,
        @DefaultValue("90d") Duration historyWindow,
        @DefaultValue("15d") Duration recentWindow,
        @DefaultValue("90d") Duration fairnessWindow,
        @DefaultValue("20000") int chunkLines,
        @DefaultValue("1000") int chunkCustomers,
        @DefaultValue("false") boolean progressBar,
        @DefaultValue("0") int threads,
        @DefaultValue("120d") Duration retention,
        @DefaultValue("90d") Duration runDetailRetention) {

    public BatchProperties {
        if (threads < 0) {
            throw new IllegalArgumentException("evaluator.batch.threads must be 0 (one per processor) or more, was "
                    + threads);
        }
        if (runDetailRetention.isNegative()) {
            throw new IllegalArgumentException("evaluator.batch.run-detail-retention must not be negative, was "
                    + runDetailRetention);
        }
        Duration longestWindow = Stream.of(historyWindow, recentWindow, fairnessWindow)
                .max(Comparator.naturalOrder()).orElseThrow();
        if (retention.compareTo(longestWindow) < 0) {
            throw new IllegalArgumentException("evaluator.batch.retention (" + retention
                    + ") must be at least the longest window a night reads (" + longestWindow + ")");
        }
    }

    int evaluationThreads() {
        return threads > 0 ? threads : EvaluationLimits.processorThreads();
    }
}
