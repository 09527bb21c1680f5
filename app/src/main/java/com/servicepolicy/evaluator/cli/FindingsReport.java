package com.servicepolicy.evaluator.cli;

import com.servicepolicy.evaluator.evaluation.ReadListener;
import com.servicepolicy.evaluator.evaluation.SpillOptions;
import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.ingest.Duplicate;
import com.servicepolicy.evaluator.ingest.EventInput;
import com.servicepolicy.evaluator.ingest.Rejection;
import com.servicepolicy.evaluator.ingest.SourceSummary;
import com.servicepolicy.evaluator.quality.BackgroundDataQuality;
import com.servicepolicy.evaluator.quality.DataQuality;
import com.servicepolicy.evaluator.quality.Finding;
import com.servicepolicy.evaluator.quality.FindingKind;
import com.servicepolicy.evaluator.quality.Findings;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The data-quality findings of a command's inputs: counted per kind on stderr (with the first few), and every one listed
 * in {@code --findings FILE} as JSON Lines. Listens to the read beside the command's own report.
 */
final class FindingsReport {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int ON_STDERR = 3;

    private final BackgroundDataQuality quality;

    /** {@code spill}: where the interactions' tracks go once {@link SpillOptions#qualityTracks()} are in the heap. */
    FindingsReport(List<EventInput> inputs, SpillOptions spill) {
        List<ZoneId> zones = inputs.stream().map(i -> i.source().localTimeZone()).flatMap(Optional::stream).toList();
        quality = new BackgroundDataQuality(new DataQuality(zones, spill.dir(), spill.qualityTracks()));
    }

    void accept(Event event) {
        quality.accept(event);
    }

    /** {@code report}, with every accepted event looked at as well. */
    ReadListener around(ReadListener report) {
        return new ReadListener() {
            @Override
            public void rejected(Rejection rejection) {
                report.rejected(rejection);
            }

            @Override
            public void duplicate(Duplicate duplicate) {
                report.duplicate(duplicate);
            }

            @Override
            public void progress(long accepted) {
                report.progress(accepted);
            }

            @Override
            public void accepted(Event event) {
                quality.accept(event);
            }

            @Override
            public void summary(SourceSummary summary) {
                report.summary(summary);
            }
        };
    }

    /** Removes the tracks written to disk, if any, when the findings will not be reported (the command failed). */
    void discard() {
        quality.discard();
    }

    /** Prints the counts on {@code err} and writes the list to {@code file} (when given). */
    Findings finish(PrintWriter err, Path file) throws IOException {
        Findings findings = quality.finish();
        for (FindingKind kind : FindingKind.values()) {
            long n = findings.count(kind);
            if (n == 0) {
                continue;
            }
            err.println("finding " + kind + ": " + n);
            findings.listed(kind).stream().limit(ON_STDERR).forEach(f -> err.println("  " + f));
        }
        if (file != null) {
            try (Writer out = ViolationOutput.newFile(file)) {
                for (Finding f : findings.listed()) {
                    Map<String, Object> line = new LinkedHashMap<>();
                    line.put("kind", f.kind().name());
                    line.put("subject", f.subject());
                    line.put("detail", f.detail());
                    out.write(JSON.writeValueAsString(line));
                    out.write('\n');
                }
            }
        }
        err.flush();
        return findings;
    }
}
