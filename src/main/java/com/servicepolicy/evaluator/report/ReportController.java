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

import java.io.IOException;
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

    @GetMapping(value = "/reports/{runId}/violations.csv", produces = "text/csv")
    @PreAuthorize("hasAnyRole('auditor','admin')")
    ResponseEntity<String> csv(@PathVariable long runId) throws IOException {
        Optional<RunRecord> run = completed(runId);
        if (run.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv; charset=utf-8"))
                .body(reports.csv(run.get().runDate()));
    }

    /** Only completed nights have a report: a failed or running night shows none rather than a partial one. */
    private Optional<RunRecord> completed(long runId) {
        return runs.find(runId).filter(r -> RunStatus.COMPLETED.name().equals(r.status()));
    }
}
