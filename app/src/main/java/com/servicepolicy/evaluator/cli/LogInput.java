package com.servicepolicy.evaluator.cli;

import com.servicepolicy.evaluator.evaluation.LogRequest;
import com.servicepolicy.evaluator.ingest.EventInput;
import com.servicepolicy.evaluator.ingest.InputFileException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The options naming what a command judges — event logs, customers, asOf, rules. */
final class LogInput {
    @Option(names = "--events", required = true, paramLabel = "FILE",
            description = {"Event log: .jsonl/.ndjson or .csv, optionally .gz, or SOURCE:FILE to name its source "
                    + "(jsonl, csv, or an importer: servicenow, nyc311, twcs, zendesk, mapped; see docs/importers), "
                    + "SOURCE,key=value:FILE to give it options (e.g. servicenow,zone=Europe/Lisbon:FILE). "
                    + "Repeat for several files. '-' reads standard input (JSON Lines; csv:- for CSV)."})
    List<String> events;

    @Option(names = "--customers", paramLabel = "FILE",
            description = "Customers file (.csv or .jsonl, optionally .gz) with protected attributes; needed for FAIR-003.")
    Path customers;

    @Option(names = "--as-of", paramLabel = "INSTANT", converter = InstantConverter.class,
            description = "Moment of evaluation, with offset (e.g. 2026-03-23T18:00:00Z). Default: the latest event time in the log.")
    Instant asOf;

    @Mixin
    RulesOption rules;

    /** The inputs to read; an unknown source name or file type is an input error. */
    LogRequest request() throws InputFileException {
        return LogRequest.ofFiles(inputs(), customers);
    }

    /** The event inputs, each with its configured source. */
    List<EventInput> inputs() throws InputFileException {
        List<EventInput> inputs = new ArrayList<>();
        for (String spec : events) {
            inputs.add(EventInput.parse(spec));
        }
        return inputs;
    }
}
