package com.servicepolicy.evaluator.batch;

import com.servicepolicy.evaluator.night.BatchLockedException;
import com.servicepolicy.evaluator.night.RunRecord;
import com.servicepolicy.evaluator.night.RunStore;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Starts a night on demand and lists the nights with their accounting. */
@RestController
@RequestMapping("/api/v1/runs")
class RunsController {
    private final NightlyRunner runner;
    private final RunStore runs;

    RunsController(NightlyRunner runner, RunStore runs) {
        this.runner = runner;
        this.runs = runs;
    }

    /** Starts (or resumes) the night in the background: 202, then follow it in {@code GET /api/v1/runs}. */
    @PostMapping
    @PreAuthorize("hasAnyRole('author','admin')")
    ResponseEntity<Map<String, Object>> start(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        runner.runInBackground(date);
        return ResponseEntity.accepted().location(URI.create("/api/v1/runs/" + date))
                .body(Map.of("date", date.toString(), "status", "ACCEPTED"));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('author','auditor','admin')")
    List<RunRecord> list(@RequestParam(defaultValue = "30") int limit) {
        return runs.latest(Math.max(1, Math.min(limit, 1000)));
    }

    @GetMapping("/{date}")
    @PreAuthorize("hasAnyRole('author','auditor','admin')")
    ResponseEntity<RunRecord> one(@org.springframework.web.bind.annotation.PathVariable
                                  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return ResponseEntity.of(runs.find(date));
    }

    @ExceptionHandler({NightAlreadyRunningException.class, BatchLockedException.class})
    ProblemDetail alreadyRunning(IllegalStateException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }
}
