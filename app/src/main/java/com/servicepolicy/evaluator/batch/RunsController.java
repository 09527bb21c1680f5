package com.servicepolicy.evaluator.batch;

import com.servicepolicy.evaluator.api.BadParameterException;
import com.servicepolicy.evaluator.api.NotFoundException;
import com.servicepolicy.evaluator.night.BatchLockedException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "nights", description = "The nightly evaluation: start a night, read each night's accounting")
class RunsController {
    private static final int MAX_LIMIT = 1000;
    private final NightlyRunner runner;
    private final RunStore runs;

    RunsController(NightlyRunner runner, RunStore runs) {
        this.runner = runner;
        this.runs = runs;
    }

    /** Starts (or resumes) the night in the background: 202, then follow it in {@code GET /api/v1/runs}. */
    @PostMapping
    @PreAuthorize("hasAnyRole('author','admin')")
    @Operation(summary = "Start (or resume) a night in the background")
    ResponseEntity<Map<String, Object>> start(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        runner.runInBackground(date);
        return ResponseEntity.accepted().location(URI.create("/api/v1/runs/" + date))
                .body(Map.of("date", date.toString(), "status", "ACCEPTED"));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('author','auditor','admin')")
    @Operation(summary = "The latest nights, newest first, with their accounting")
    List<RunView> list(@RequestParam(defaultValue = "30") @Parameter(description = "1 to 1000") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadParameterException("limit", String.valueOf(limit), "is not between 1 and " + MAX_LIMIT);
        }
        return runs.latest(limit).stream().map(RunView::of).toList();
    }

    @GetMapping("/{date}")
    @PreAuthorize("hasAnyRole('author','auditor','admin')")
    @Operation(summary = "One night and its accounting")
    RunView one(@org.springframework.web.bind.annotation.PathVariable
                @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return runs.find(date).map(RunView::of).orElseThrow(() -> new NotFoundException("no night " + date));
    }

    @ExceptionHandler({NightAlreadyRunningException.class, BatchLockedException.class})
    ProblemDetail alreadyRunning(IllegalStateException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        p.setTitle("Night already running");
        p.setType(URI.create("urn:service-policy-evaluator:problem:night-running"));
        return p;
    }
}
