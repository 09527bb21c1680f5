package com.servicepolicy.evaluator.cli;

import com.servicepolicy.evaluator.export.SafeCsv;
import com.servicepolicy.evaluator.policy.RecommendedAction;
import com.servicepolicy.evaluator.policy.Violation;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Writes violations as JSON Lines, CSV ({@link SafeCsv}, as the night's export) or an aligned table for people, one at a
 * time as they come, so that a log of any size never needs them all in memory. The output is opened at the
 * first violation (or at {@link #finish()}), so a run that fails before any result leaves no file behind.
 */
abstract class ViolationWriter {
    static final List<String> COLUMNS = List.of("code", "name", "policy", "severity", "subject", "customerId",
            "interactionId", "eventId", "measured", "threshold", "unit", "message", "actions", "serviceLevel");
    private static final ObjectWriter JSON = JsonMapper.builder().build().writer();

    private final Supplier<Writer> opener;
    private Writer out;
    private long count;

    private ViolationWriter(Supplier<Writer> opener) {
        this.opener = opener;
    }

    /** A writer of {@code format} to the output {@code opener} opens when it is first needed. */
    static ViolationWriter open(OutputFormat format, Supplier<Writer> opener) {
        return switch (format) {
            case jsonl -> new JsonLines(opener);
            case csv -> new Csv(opener);
            case table -> new Table(opener);
        };
    }

    final void write(Violation violation) {
        row(output(), violation);
        count++;
    }

    /** Ends the output (a table's count line), flushes and closes it; returns how many violations were written. */
    final long finish() {
        end(output(), count);
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count;
    }

    private Writer output() {
        if (out == null) {
            out = opener.get();
            begin(out);
        }
        return out;
    }

    void begin(Writer writer) {
    }

    abstract void row(Writer writer, Violation v);

    void end(Writer writer, long violations) {
    }

    private static final class JsonLines extends ViolationWriter {
        JsonLines(Supplier<Writer> opener) {
            super(opener);
        }

        @Override
        void row(Writer writer, Violation v) {
            try {
                writer.write(JSON.writeValueAsString(v));
                writer.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class Csv extends ViolationWriter {
        private SafeCsv rows;

        Csv(Supplier<Writer> opener) {
            super(opener);
        }

        @Override
        void begin(Writer writer) {
            try {
                rows = new SafeCsv(writer, COLUMNS);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        void row(Writer writer, Violation v) {
            try {
                rows.row(v.code(), v.name(), v.policy(), v.severity(), v.subject(), v.customerId(), v.interactionId(),
                        v.eventId(), v.measured(), v.threshold(), v.unit(), v.message(),
                        SafeCsv.actions(v.actions().stream().map(RecommendedAction::code).toList()), v.serviceLevel());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class Table extends ViolationWriter {
        private static final String FORMAT = "%-8s  %-8s  %-26s  %-12s  %-17s  %s%n";
        private PrintWriter printer;

        Table(Supplier<Writer> opener) {
            super(opener);
        }

        @Override
        void begin(Writer writer) {
            printer = new PrintWriter(writer);
            printer.printf(Locale.ROOT, FORMAT, "SEVERITY", "CODE", "SUBJECT", "CUSTOMER", "MEASURED/LIMIT", "MESSAGE");
        }

        @Override
        void row(Writer writer, Violation v) {
            String measured = v.measured() == null ? "" : String.format(Locale.ROOT, "%.4g/%.4g %s",
                    v.measured(), v.threshold(), v.unit());
            printer.printf(Locale.ROOT, FORMAT, v.severity(), v.code(), v.subject(),
                    v.customerId() == null ? "" : v.customerId(), measured, v.message());
        }

        @Override
        void end(Writer writer, long violations) {
            printer.printf(Locale.ROOT, "%d violation%s%n", violations, violations == 1 ? "" : "s");
            printer.flush();
            if (printer.checkError()) {
                throw new UncheckedIOException(new IOException("the output could not be written"));
            }
        }
    }
}
