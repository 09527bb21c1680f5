package com.servicepolicy.evaluator.report;

import com.servicepolicy.evaluator.night.RunRecord;
import com.servicepolicy.evaluator.night.RunStatus;
import com.servicepolicy.evaluator.night.RunStore;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
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

    /**
     * Streamed as it is read: a backfill night's CSV is tens of megabytes, too much to hold per request. A night
     * whose list was pruned answers 410 rather than an empty CSV, which would read as "no violations".
     */
    @GetMapping(value = "/reports/{runId}/violations.csv", produces = {"text/csv", "application/problem+json"})
    @PreAuthorize("hasAnyRole('auditor','admin')")
    ResponseEntity<StreamingResponseBody> csv(@PathVariable long runId) {
        Optional<RunRecord> run = completed(runId);
        if (run.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        if (!run.get().violationDetailKept()) {
            throw new ErrorResponseException(HttpStatus.GONE, detailPruned(run.get()), null);
        }
        LocalDate night = run.get().runDate();
        StreamingResponseBody body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            reports.writeCsv(night, writer);
            writer.flush();
        };
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv; charset=utf-8")).body(body);
    }

    private static ProblemDetail detailPruned(RunRecord run) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.GONE, "The list of the violations night "
                + run.runDate() + " saw is kept for evaluator.batch.run-detail-retention and has been deleted; its"
                + " counts remain in the report, and the violations.csv written beside the report that night"
                + " holds it.");
        problem.setType(URI.create("urn:service-policy-evaluator:problem:run-detail-pruned"));
        problem.setTitle("Run detail pruned");
        return problem;
    }

    /** Only completed nights have a report: a failed or running night shows none rather than a partial one. */
    private Optional<RunRecord> completed(long runId) {
        return runs.find(runId).filter(r -> RunStatus.COMPLETED.name().equals(r.status()));
    }
}
