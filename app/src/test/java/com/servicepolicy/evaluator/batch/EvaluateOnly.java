package com.servicepolicy.evaluator.batch;

import com.servicepolicy.evaluator.engine.EvaluationLimits;
import com.servicepolicy.evaluator.engine.EvaluationResult;
import com.servicepolicy.evaluator.engine.EvaluationRun;
import com.servicepolicy.evaluator.engine.Evaluator;
import com.servicepolicy.evaluator.engine.RuleSetLoader;
import com.servicepolicy.evaluator.event.Event;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Benchmark helper: the ceiling of any nightly design that uses the rule engine. It parses a night's
 * event files with the batch's reader and evaluates the same customers the batch evaluates on a
 * first night (everyone in the files), with the batch's 90-day window and asOf, in memory, on every
 * core, and stores nothing: no event store, no duplicate look-up, no violations store, no fairness
 * audit, no report. Rule compilation is excluded, as it is from the job's time. Whatever the batch
 * stores can only add to this time.
 *
 * <p>Usage: {@code EvaluateOnly <night folder> <rules dir> [rule-session threads]}; the folder's name is the
 * night's date (UTC). One thread gives the rules' CPU time (the evaluate phase then runs on one core).
 */
final class EvaluateOnly {
    private EvaluateOnly() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        LocalDate date = LocalDate.parse(folder.getFileName().toString());
        long asOf = date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() - 1;
        long windowFrom = asOf - Duration.ofDays(90).toMillis();
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : EvaluationLimits.processorThreads();
        Evaluator evaluator = new Evaluator(RuleSetLoader.load(Path.of(args[1])),
                EvaluationLimits.DEFAULTS.withThreads(threads));
        long start = System.nanoTime();
        Map<String, List<Event>> inWindow = new HashMap<>();
        Set<String> customers = new TreeSet<>();
        long[] read = {0};
        ParseOnly.readNight(folder, event -> {
            read[0]++;
            customers.add(event.getCustomerId());
            if (event.getAt() >= windowFrom && event.getAt() <= asOf) {
                inWindow.computeIfAbsent(event.getCustomerId(), k -> new ArrayList<>()).add(event);
            }
        });
        long parsed = System.nanoTime();

        EvaluationRun run = evaluator.start(Instant.ofEpochMilli(asOf), List.of(), false);
        Comparator<Event> timeline = Comparator.comparingLong(Event::getAt).thenComparingLong(Event::getSequence);
        for (String customer : customers) {
            List<Event> history = inWindow.get(customer);
            if (history == null) {
                continue; // nothing in the window: the batch would evaluate it with no events
            }
            history.sort(timeline);
            run.evaluateCustomer(history);
        }
        EvaluationResult result = run.finish();
        long end = System.nanoTime();

        double total = (end - start) / 1e9;
        System.out.printf("evaluate-only (%d threads): %,d lines, %,d customers, %,d violations;"
                        + " parse+group %.2f s, evaluate %.2f s, total %.2f s = %,.0f lines/s%n",
                threads, read[0], customers.size(), result.violations().size(), (parsed - start) / 1e9,
                (end - parsed) / 1e9, total, read[0] / total);
    }
}
