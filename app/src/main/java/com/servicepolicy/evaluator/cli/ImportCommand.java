package com.servicepolicy.evaluator.cli;

import com.servicepolicy.evaluator.evaluation.SpillOptions;
import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.importers.EventLogWriter;
import com.servicepolicy.evaluator.ingest.EventInput;
import com.servicepolicy.evaluator.ingest.EventLogReader;
import com.servicepolicy.evaluator.ingest.EventSink;
import com.servicepolicy.evaluator.ingest.EventSources;
import com.servicepolicy.evaluator.ingest.InputFileException;
import com.servicepolicy.evaluator.ingest.ReadStats;
import com.servicepolicy.evaluator.ingest.SourceOptions;
import com.servicepolicy.evaluator.ingest.SourceSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code import}: converts a helpdesk's export into the contract's JSON Lines event log through the same importer
 * {@code evaluate --events FORMAT:FILE} uses, so that what is written is exactly what would be evaluated.
 */
@Command(name = "import", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Converts helpdesk exports into the event log (JSON Lines), reporting every rejected row",
                "with file, row and reason and, per input, what became of its rows. The last line on stderr is",
                "  rows=N converted=N skipped=N rejected=N events=N written=N duplicates=N invalid=N",
                "(rows = converted + skipped + rejected; events = written + duplicates + invalid)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success (rows may have been rejected: see stderr)", "1:an input or the output could not be read or written",
                "2:usage error"})
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "FORMAT",
            description = "The export's format: servicenow, nyc311, twcs, zendesk, mapped (a CSV with its mapping file), or jsonl/csv.")
    String from;

    @Option(names = "--input", required = true, arity = "1..*", paramLabel = "FILE", description = "The export file(s), read in order.")
    List<Path> inputs;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "The event log to write (JSON Lines).")
    Path output;

    @Option(names = "--zone", paramLabel = "ZONE", description = "Time zone of the export's local times (e.g. America/New_York); "
            + "default: the format's own (docs/importers).")
    String zone;

    @Option(names = "--findings", paramLabel = "FILE", description = "Write every data-quality finding here (JSON Lines); "
            + "their counts go to stderr either way.")
    Path findingsFile;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Totals totals = new Totals();
        Path partial = output.resolveSibling(output.getFileName() + ".partial");
        try (InputReport report = InputReport.toStderr(err)) {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer file = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
                 EventLogWriter writer = new EventLogWriter(file)) {
                EventLogReader reader = new EventLogReader();
                java.util.List<EventInput> ins = new java.util.ArrayList<>();
                for (Path input : inputs) {
                    ins.add(new EventInput(input, EventSources.named(from)
                            .configured(zone == null ? SourceOptions.NONE : new SourceOptions(java.util.Map.of("zone", zone)), input)));
                }
                FindingsReport findings = new FindingsReport(ins, SpillOptions.forThisHeap(Path.of(System.getProperty("java.io.tmpdir"))));
                try {
                    for (EventInput in : ins) {
                        totals.add(reader.read(in, sink(writer, report, totals, findings)));
                    }
                    findings.finish(err, findingsFile);
                } finally {
                    findings.discard(); // nothing once finished; after a failure, the tracks written to disk
                }
            }
            Files.move(partial, output, StandardCopyOption.REPLACE_EXISTING); // no half-written log under the real name
        } catch (InputFileException e) {
            err.println("error: " + e.getMessage());
            totals.add(e.readBefore());
            return done(err, totals, EvaluatorCommand.IO_ERROR, partial);
        } catch (IOException | UncheckedIOException e) {
            err.println("error: cannot write " + output + ": " + e.getMessage());
            return done(err, totals, EvaluatorCommand.IO_ERROR, partial);
        }
        return done(err, totals, EvaluatorCommand.OK, partial);
    }

    private static EventSink sink(EventLogWriter writer, InputReport report, Totals totals, FindingsReport findings) {
        return new EventSink() {
            @Override
            public void accept(Event event) {
                findings.accept(event);
                writer.write(event);
            }

            @Override
            public void rejected(com.servicepolicy.evaluator.ingest.Rejection rejection) {
                report.rejected(rejection);
            }

            @Override
            public void duplicate(com.servicepolicy.evaluator.ingest.Duplicate duplicate) {
                report.duplicate(duplicate);
            }

            @Override
            public void summary(SourceSummary summary) {
                totals.summaries.add(summary);
                report.summary(summary);
            }
        };
    }

    private static int done(PrintWriter err, Totals t, int exit, Path partial) {
        try {
            Files.deleteIfExists(partial);
        } catch (IOException ignored) {
            // best effort: the error has been reported
        }
        err.println(t);
        err.flush();
        return exit;
    }

    /** The run's accounting: rows as the importers saw them, events as the reader counted them. */
    private static final class Totals {
        final List<SourceSummary> summaries = new java.util.ArrayList<>();
        ReadStats stats = ReadStats.EMPTY;

        void add(ReadStats more) {
            stats = stats.plus(more);
        }

        @Override
        public String toString() {
            long rows = 0;
            long converted = 0;
            long skipped = 0;
            long rejectedRows = 0;
            long events = 0;
            for (SourceSummary s : summaries) {
                rows += s.rows();
                converted += s.converted();
                skipped += s.skipped();
                rejectedRows += s.rejected();
                events += s.events();
            }
            if (summaries.isEmpty()) { // the contract's own formats: a line is a row and an event
                rows = stats.read();
                converted = stats.accepted() + stats.duplicates();
                rejectedRows = stats.rejected();
                events = converted;
            }
            long invalid = stats.rejected() - (summaries.isEmpty() ? stats.rejected() : rejectedRows);
            return "rows=" + rows + " converted=" + converted + " skipped=" + skipped + " rejected=" + rejectedRows
                    + " events=" + events + " written=" + stats.accepted() + " duplicates=" + stats.duplicates()
                    + " invalid=" + invalid;
        }
    }
}
