package com.servicepolicy.evaluator.generate;

import com.servicepolicy.evaluator.event.Customer;
import com.servicepolicy.evaluator.event.Event;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a generated log to {@code dir/events.<format>[.gz]} and {@code dir/customers.csv[.gz]},
 * streaming: both files are written while the log is generated.
 */
public final class LogFiles {
    private static final int BUFFER = 1 << 16;

    private LogFiles() {
    }

    public static WriteSummary write(GeneratorOptions options, Path dir, OutputFormat format, boolean gzip, LineNoise noise)
            throws IOException {
        Files.createDirectories(dir);
        String suffix = gzip ? ".gz" : "";
        Path eventsFile = dir.resolve("events." + format.extension() + suffix);
        Path customersFile = dir.resolve("customers.csv" + suffix);
        try (Writer events = open(eventsFile, gzip); Writer customers = open(customersFile, gzip)) {
            FileSink sink = new FileSink(events, customers, format, new NoiseInjector(noise, format, options.seed()));
            new LogGenerator(options).generate(sink);
            return new WriteSummary(eventsFile, customersFile, sink.customers, options.interactions(), sink.valid,
                    sink.noise.malformed(), sink.noise.duplicates());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static Writer open(Path file, boolean gzip) throws IOException {
        OutputStream out = Files.newOutputStream(file);
        if (gzip) {
            out = new GZIPOutputStream(out, BUFFER);
        }
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER);
    }

    private static final class FileSink implements LogSink {
        private final Writer events;
        private final Writer customersOut;
        private final OutputFormat format;
        private final NoiseInjector noise;
        private long customers;
        private long valid;

        FileSink(Writer events, Writer customersOut, OutputFormat format, NoiseInjector noise) throws IOException {
            this.events = events;
            this.customersOut = customersOut;
            this.format = format;
            this.noise = noise;
            if (format.header() != null) {
                events.write(format.header());
                events.write('\n');
            }
            customersOut.write("customerId," + String.join(",", CustomerProfiles.ATTRIBUTES) + "\n");
        }

        @Override
        public void customer(Customer customer) {
            StringBuilder row = new StringBuilder(48);
            OutputFormat.csvCell(row, customer.customerId());
            for (String attribute : CustomerProfiles.ATTRIBUTES) {
                row.append(',');
                OutputFormat.csvCell(row, customer.attributes().getOrDefault(attribute, ""));
            }
            writeLine(customersOut, row.toString());
            customers++;
        }

        @Override
        public void event(Event event) {
            String line = format.line(event);
            writeLine(events, line);
            valid++;
            noise.after(event, line, l -> writeLine(events, l));
        }

        private static void writeLine(Writer out, String line) {
            try {
                out.write(line);
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
