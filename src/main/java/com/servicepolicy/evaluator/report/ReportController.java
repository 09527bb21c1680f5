package com.servicepolicy.evaluator.report;

import com.servicepolicy.evaluator.store.RunRecord;
import com.servicepolicy.evaluator.store.RunStatus;
import com.servicepolicy.evaluator.store.RunStore;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;

/** A completed night's report, rendered from the stores: {@code /reports/{runId}} (HTML) and {@code .csv}. */
@RestController
class ReportController {
    private final RunStore runs;
    private final ReportWriter reports;

    ReportController(RunStore runs, ReportWriter reports) {
        this.runs = runs;
        this.reports = reports;
    }

    @GetMapping(value = "/reports/{runId}", produces = MediaType.TEXT_HTML_VALUE)
    @PreAuthorize("hasAnyRole('auditor','admin')")
    ResponseEntity<String> html(@PathVariable long runId) {
        return completed(runId).map(r -> ResponseEntity.ok().contentType(MediaType.TEXT_HTML)
                .body(reports.html(r.runDate()))).orElse(ResponseEntity.notFound().build());
    }

    /** Streamed as it is read: a backfill night's CSV is tens of megabytes, too much to hold per request. */
    @GetMapping(value = "/reports/{runId}/violations.csv", produces = "text/csv")
    @PreAuthorize("hasAnyRole('auditor','admin')")
    ResponseEntity<StreamingResponseBody> csv(@PathVariable long runId) {
        Optional<RunRecord> run = completed(runId);
        if (run.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        LocalDate night = run.get().runDate();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv; charset=utf-8")).body(out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            reports.writeCsv(night, writer);
            writer.flush();
        });
    }

    /** Only completed nights have a report: a failed or running night shows none rather than a partial one. */
    private Optional<RunRecord> completed(long runId) {
        return runs.find(runId).filter(r -> RunStatus.COMPLETED.name().equals(r.status()));
    }
}
