package com.servicepolicy.evaluator.cli;

import com.servicepolicy.evaluator.generate.GeneratorOptions;
import com.servicepolicy.evaluator.generate.LineNoise;
import com.servicepolicy.evaluator.generate.LogFiles;
import com.servicepolicy.evaluator.generate.OutputFormat;
import com.servicepolicy.evaluator.generate.WriteSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code generate}: writes a realistic, reproducible event log and customers file for trials and load tests. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate a realistic event log (DIR/events.jsonl or .csv) and customers file (DIR/customers.csv); "
                + "the same seed always gives the same bytes.")
public class GenerateCommand implements Callable<Integer> {
    @Option(names = "--interactions", required = true, paramLabel = "N", description = "Number of interactions (OPENED events).")
    long interactions;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write into (created if missing).")
    Path out;

    @Option(names = "--format", defaultValue = "jsonl", paramLabel = "jsonl|csv", description = "Events file format (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--gzip", description = "Compress both files (.gz).")
    boolean gzip;

    @Option(names = "--malformed-rate", defaultValue = "0", paramLabel = "R", description = "Share of event lines that are malformed, e.g. 0.01.")
    double malformedRate;

    @Option(names = "--duplicate-rate", defaultValue = "0", paramLabel = "R", description = "Share of event lines that repeat an earlier eventId.")
    double duplicateRate;

    @Option(names = "--start", paramLabel = "INSTANT", converter = InstantConverter.class, description = "Start of the logged period, e.g. 2026-01-05T08:00:00Z (default: "
            + "2026-01-05T08:00:00Z).")
    Instant start;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        OutputFormat outputFormat = parseFormat();
        GeneratorOptions options = new GeneratorOptions(interactions, seed, start);
        long began = System.nanoTime();
        WriteSummary summary = LogFiles.write(options, out, outputFormat, gzip, new LineNoise(malformedRate, duplicateRate));
        double seconds = (System.nanoTime() - began) / 1e9;
        PrintWriter w = spec.commandLine().getOut();
        w.printf(Locale.ROOT, "wrote %s and %s%n", summary.eventsFile(), summary.customersFile());
        w.printf(Locale.ROOT, "customers %d, interactions %d, events %d, malformed lines %d, duplicate lines %d, event lines %d%n",
                summary.customers(), summary.interactions(), summary.validEvents(), summary.malformedLines(),
                summary.duplicateLines(), summary.eventLines());
        w.printf(Locale.ROOT, "%.1f s, %.0f lines/s%n", seconds, summary.eventLines() / Math.max(seconds, 1e-9));
        w.flush();
        return 0;
    }

    private OutputFormat parseFormat() {
        try {
            return OutputFormat.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format must be jsonl or csv, was '" + format + "'");
        }
    }

    /** For manual runs; the application registers this class as a subcommand. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new GenerateCommand()).execute(args));
    }
}
