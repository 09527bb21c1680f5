package com.servicepolicy.evaluator.cli;

import com.servicepolicy.evaluator.evaluation.ReadListener;
import com.servicepolicy.evaluator.export.RejectLines;
import com.servicepolicy.evaluator.ingest.Duplicate;
import com.servicepolicy.evaluator.ingest.Rejection;
import com.servicepolicy.evaluator.ingest.SourceSummary;
import tools.jackson.databind.json.JsonMapper;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where rejected and duplicate lines are reported: one readable line each on stderr, or, with
 * {@code --rejects FILE}, one JSON object each in that file. Nothing read is ever silently dropped.
 */
final class InputReport implements AutoCloseable, ReadListener {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PrintWriter out;
    private final boolean json;

    private InputReport(PrintWriter out, boolean json) {
        this.out = out;
        this.json = json;
    }

    static InputReport toStderr(PrintWriter err) {
        return new InputReport(err, false);
    }

    static InputReport toJsonLines(PrintWriter file) {
        return new InputReport(file, true);
    }

    @Override
    public void rejected(Rejection r) {
        if (!json) {
            out.println("rejected " + r);
            return;
        }
        out.println(RejectLines.rejected(r));
    }

    @Override
    public void duplicate(Duplicate d) {
        if (!json) {
            out.println("duplicate " + d);
            return;
        }
        String repeats = d.toString().substring(d.toString().lastIndexOf(": ") + 2); // "duplicate of line N"
        out.println(RejectLines.duplicate(d.source(), d.line(), d.eventId(), repeats));
    }

    /** What an importer made of its rows: the accounting line, then one line per reason rows were skipped for. */
    @Override
    public void summary(SourceSummary s) {
        if (!json) {
            out.println(s);
            new java.util.TreeMap<>(s.skippedByReason()).forEach((reason, count) -> out.println("skipped " + count + " " + s.format() + " rows of "
                    + s.source() + ": " + reason));
            return;
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("kind", "summary");
        line.put("source", s.source());
        line.put("format", s.format());
        line.put("rows", s.rows());
        line.put("converted", s.converted());
        line.put("skipped", s.skipped());
        line.put("rejected", s.rejected());
        line.put("events", s.events());
        line.put("skippedByReason", s.skippedByReason());
        out.println(JSON.writeValueAsString(line));
    }

    @Override
    public void close() {
        out.flush();
        if (json) {
            out.close();
        }
    }
}
