package com.servicepolicy.evaluator.web;

import com.servicepolicy.evaluator.api.BadParameterException;
import com.servicepolicy.evaluator.findings.ActionDescriptions;
import com.servicepolicy.evaluator.findings.FindingQuery;
import com.servicepolicy.evaluator.findings.FindingView;
import com.servicepolicy.evaluator.night.FindingSort;
import com.servicepolicy.evaluator.night.FindingStatus;
import com.servicepolicy.evaluator.night.Findings;
import com.servicepolicy.evaluator.night.Page;
import com.servicepolicy.evaluator.policy.RuleInfo;
import com.servicepolicy.evaluator.policy.Severity;
import com.servicepolicy.evaluator.service.RuleSetHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The violations table: filters (code, severity, policy, queue, agent, customer, nights, status, come back),
 * sorting, paging and the CSV of everything the filters select. A filter value no violation can have is shown as
 * an error above an empty table, naming the filter, as the API answers 400.
 */
@Controller
class ViolationsPage {
    private final Findings findings;
    private final ActionDescriptions descriptions;
    private final RuleSetHolder rules;

    ViolationsPage(Findings findings, ActionDescriptions descriptions, RuleSetHolder rules) {
        this.findings = findings;
        this.descriptions = descriptions;
        this.rules = rules;
    }

    @GetMapping("/violations")
    @PreAuthorize("hasAnyRole('auditor','admin')")
    String table(@ModelAttribute("q") ViolationsForm form, Model model) {
        var ruleSet = rules.current().ruleSet();
        model.addAttribute("codes", ruleSet.rules().stream().map(RuleInfo::code).sorted().distinct().toList());
        model.addAttribute("policies", ruleSet.rules().stream().map(RuleInfo::policy).sorted().distinct().toList());
        model.addAttribute("severities", List.of(Severity.values()));
        model.addAttribute("statuses", List.of(FindingStatus.values()));
        model.addAttribute("sorts", List.of(FindingSort.values()));
        try {
            FindingQuery q = FindingQuery.parse(form.params(), ruleSet);
            Page<com.servicepolicy.evaluator.night.Finding> page = findings.search(q.filter(), q.sort(), q.descending(),
                    q.page(), q.size());
            Map<String, String> actions = descriptions.all();
            model.addAttribute("items", page.items().stream().map(f -> FindingView.of(f, actions)).toList());
            model.addAttribute("page", page);
            model.addAttribute("pages", Math.max(1, (page.total() + page.size() - 1) / page.size()));
            model.addAttribute("descending", q.descending());
        } catch (BadParameterException e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("items", List.of());
        }
        return "violations";
    }

    @GetMapping(value = "/violations.csv", produces = "text/csv")
    @PreAuthorize("hasAnyRole('auditor','admin')")
    ResponseEntity<StreamingResponseBody> csv(@ModelAttribute("q") ViolationsForm form) {
        FindingQuery q = FindingQuery.parse(form.params(), rules.current().ruleSet());
        Map<String, String> actions = descriptions.all();
        StreamingResponseBody body = out -> {
            var w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            FindingsCsv.header(w);
            try {
                findings.forEach(q.filter(), q.sort(), q.descending(), f -> FindingsCsv.row(FindingView.of(f, actions), w));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            w.flush();
        };
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("violations.csv")
                        .build().toString()).body(body);
    }
}
