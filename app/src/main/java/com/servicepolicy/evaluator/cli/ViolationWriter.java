package com.servicepolicy.evaluator.cli;

import com.servicepolicy.evaluator.policy.RecommendedAction;
import com.servicepolicy.evaluator.policy.Violation;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Writes violations as JSON Lines, CSV (RFC 4180, header row) or an aligned table for people. */
final class ViolationWriter {
    static final List<String> COLUMNS = List.of("code", "name", "policy", "severity", "subject", "customerId",
            "interactionId", "eventId", "measured", "threshold", "unit", "message", "actions", "serviceLevel");
    private static final ObjectWriter JSON = JsonMapper.builder().build().writer();

    private ViolationWriter() {
    }

    static void write(List<Violation> violations, OutputFormat format, Writer out) {
        switch (format) {
            case jsonl -> jsonLines(violations, out);
            case csv -> csv(violations, out);
            case table -> table(violations, new PrintWriter(out));
        }
    }

    private static void jsonLines(List<Violation> violations, Writer out) {
        try (SequenceWriter lines = JSON.withRootValueSeparator("\n").writeValues(out)) {
            for (Violation v : violations) {
                lines.write(v);
            }
        }
        if (!violations.isEmpty()) {
            new PrintWriter(out).println();
        }
    }

    private static void csv(List<Violation> violations, Writer out) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        COLUMNS.forEach(schema::addColumn);
        CsvMapper mapper = CsvMapper.builder().build();
        try (SequenceWriter rows = mapper.writer(schema.build()).writeValues(out)) {
            for (Violation v : violations) {
                rows.write(new Object[]{v.code(), v.name(), v.policy(), v.severity(), v.subject(), v.customerId(),
                        v.interactionId(), v.eventId(), v.measured(), v.threshold(), v.unit(), v.message(),
                        v.actions().stream().map(RecommendedAction::code).collect(Collectors.joining(";")), v.serviceLevel()});
            }
        }
    }

    private static void table(List<Violation> violations, PrintWriter out) {
        String format = "%-8s  %-8s  %-26s  %-12s  %-17s  %s%n";
        out.printf(Locale.ROOT, format, "SEVERITY", "CODE", "SUBJECT", "CUSTOMER", "MEASURED/LIMIT", "MESSAGE");
        for (Violation v : violations) {
            String measured = v.measured() == null ? "" : String.format(Locale.ROOT, "%.4g/%.4g %s",
                    v.measured(), v.threshold(), v.unit());
            out.printf(Locale.ROOT, format, v.severity(), v.code(), v.subject(),
                    v.customerId() == null ? "" : v.customerId(), measured, v.message());
        }
        out.printf(Locale.ROOT, "%d violation%s%n", violations.size(), violations.size() == 1 ? "" : "s");
        out.flush();
    }
}
