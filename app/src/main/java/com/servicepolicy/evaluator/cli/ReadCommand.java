package com.servicepolicy.evaluator.cli;

import com.servicepolicy.evaluator.engine.EvaluationLimits;
import com.servicepolicy.evaluator.evaluation.HeldLog;
import com.servicepolicy.evaluator.evaluation.LogEvaluation;
import com.servicepolicy.evaluator.evaluation.LogRequest;
import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.ingest.EventInput;
import com.servicepolicy.evaluator.ingest.CustomerFileReader;
import com.servicepolicy.evaluator.ingest.EventLogReader;
import com.servicepolicy.evaluator.ingest.EventSink;
import com.servicepolicy.evaluator.ingest.InputFileException;
import com.servicepolicy.evaluator.ingest.ReadStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code read}: the input half of {@code evaluate} alone (parse, validate, de-duplicate, count), so
 * that a benchmark can tell reading time from evaluation time on the same file.
 */
@Command(name = "read", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Reads, validates and de-duplicates event logs exactly as 'evaluate' does, without evaluating.",
                "Rejected and duplicate lines are reported on stderr; stdout gets one line:",
                "  read=N accepted=N duplicates=N rejected=N customers=N seconds=S lines_per_second=R"})
final class ReadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--events", required = true, paramLabel = "FILE", description = "Event log(s), as for evaluate.")
    List<String> events;

    @Option(names = "--customers", paramLabel = "FILE", description = "Customers file, as for evaluate.")
    Path customers;

    @Option(names = "--hold", description = "Keep every accepted event in memory, as evaluate does, and print the heap in use "
            + "after a full GC (held_heap_mb), to measure what holding the log costs.")
    boolean hold;

    @Option(names = "--compact", description = "With --hold: hold the events as evaluate does (by customer, repeating strings "
            + "shared) instead of in one list of events as read.")
    boolean compact;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        long began = System.nanoTime();
        List<Event> held = new ArrayList<>();
        long heldEvents;
        ReadStats stats;
        long customerCount;
        try (InputReport report = InputReport.toStderr(err)) {
            List<EventInput> inputs = new ArrayList<>();
            for (String spec : events) {
                inputs.add(EventInput.parse(spec));
            }
            LogRequest request = LogRequest.ofFiles(inputs, customers);
            if (hold && compact) { // exactly evaluate's reading
                HeldLog log = new LogEvaluation(EvaluationLimits.DEFAULTS).read(request, report);
                stats = log.stats();
                customerCount = log.customers().size();
                heldEvents = log.size();
            } else {
                customerCount = customers == null ? 0 : CustomerFileReader.readAll(customers, report::rejected).size();
                EventLogReader reader = new EventLogReader();
                EventSink sink = EventSink.of(event -> {
                    if (hold) {
                        held.add(event);
                    }
                }, report::rejected, report::duplicate);
                stats = ReadStats.EMPTY;
                for (EventInput input : inputs) {
                    stats = stats.plus(reader.read(input, sink));
                }
                heldEvents = held.size();
            }
        } catch (InputFileException e) {
            err.println("error: " + e.getMessage());
            return EvaluatorCommand.IO_ERROR;
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "read=%d accepted=%d duplicates=%d rejected=%d customers=%d seconds=%.2f lines_per_second=%.0f%n",
                stats.read(), stats.accepted(), stats.duplicates(), stats.rejected(), customerCount, seconds,
                stats.read() / Math.max(seconds, 1e-9));
        if (hold) {
            double heldMb = heapAfterGcMb();
            out.printf(Locale.ROOT, "held_events=%d held_heap_mb=%.1f%n", heldEvents, heldMb);
        }
        out.flush();
        return EvaluatorCommand.OK;
    }

    /** Heap in use after a full collection (a benchmark figure; System.gc() is a request the JVM honours by default). */
    private static double heapAfterGcMb() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        return (runtime.totalMemory() - runtime.freeMemory()) / (1024.0 * 1024.0);
    }
}
