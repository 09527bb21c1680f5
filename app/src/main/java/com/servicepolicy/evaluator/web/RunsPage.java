package com.servicepolicy.evaluator.web;

import com.servicepolicy.evaluator.night.RunRecord;
import com.servicepolicy.evaluator.night.RunStatus;
import com.servicepolicy.evaluator.night.RunStore;
import com.servicepolicy.evaluator.report.ReportWriter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The nights, newest first, and a night's report with its top violations linked to their pages. */
@Controller
class RunsPage {
    private static final int NIGHTS = 60;

    private final RunStore runs;
    private final ReportWriter reports;

    RunsPage(RunStore runs, ReportWriter reports) {
        this.runs = runs;
        this.reports = reports;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/runs";
    }

    @GetMapping("/runs")
    @PreAuthorize("hasAnyRole('auditor','author','admin')")
    String runs(Model model) {
        model.addAttribute("runs", runs.latest(NIGHTS).stream().map(RunRow::of).toList());
        return "runs";
    }

    @GetMapping("/runs/{runId}")
    @PreAuthorize("hasAnyRole('auditor','admin')")
    String report(@PathVariable long runId, Model model, jakarta.servlet.http.HttpServletResponse response) {
        RunRecord run = runs.find(runId).orElse(null);
        if (run == null) {
            return Pages.notFound(model, response, "no night with run id " + runId);
        }
        model.addAttribute("run", RunRow.of(run));
        if (RunStatus.COMPLETED.name().equals(run.status())) {
            model.addAllAttributes(reports.pageModel(run.runDate()));
        }
        return "report";
    }
}
