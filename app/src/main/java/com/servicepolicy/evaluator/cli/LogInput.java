package com.servicepolicy.evaluator.cli;

import com.servicepolicy.evaluator.engine.Evaluator;
import com.servicepolicy.evaluator.event.Customer;
import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.ingest.CustomerFileReader;
import com.servicepolicy.evaluator.ingest.EventLogReader;
import com.servicepolicy.evaluator.ingest.EventSink;
import com.servicepolicy.evaluator.ingest.InputFileException;
import com.servicepolicy.evaluator.ingest.ReadStats;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The options naming what a command judges — event logs, customers, asOf, rules — and their reading. */
final class LogInput {
    @Option(names = "--events", required = true, paramLabel = "FILE",
            description = "Event log: .jsonl/.ndjson or .csv, optionally .gz. Repeat for several files.")
    List<Path> events;

    @Option(names = "--customers", paramLabel = "FILE",
            description = "Customers file (.csv or .jsonl, optionally .gz) with protected attributes; needed for FAIR-003.")
    Path customers;

    @Option(names = "--as-of", paramLabel = "INSTANT", converter = InstantConverter.class,
            description = "Moment of evaluation, with offset (e.g. 2026-03-23T18:00:00Z). Default: the latest event time in the log.")
    Instant asOf;

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules", description = "Rules directory (default: ${DEFAULT-VALUE}).")
    Path rules;

    /** A log read into memory, with its accounting. */
    record Log(List<Event> events, Collection<Customer> customers, ReadStats stats) {
    }

    /** Reads the customers, then every event file; rejected and duplicate lines go to {@code report}. */
    Log read(InputReport report) throws InputFileException {
        Collection<Customer> customerList = customers == null ? List.of()
                : CustomerFileReader.readAll(customers, report::rejected).values();
        List<Event> log = new ArrayList<>();
        ReadStats stats = ReadStats.EMPTY;
        EventLogReader reader = new EventLogReader();
        for (Path file : events) {
            stats = stats.plus(reader.read(file, EventSink.of(log::add, report::rejected, report::duplicate)));
        }
        return new Log(log, customerList, stats);
    }

    /** {@code --as-of}, or the latest event time of the log. */
    Instant asOfFor(Log log) {
        return asOf != null ? asOf : Evaluator.latestTime(log.events());
    }
}
