package com.servicepolicy.evaluator.findings;

import com.servicepolicy.evaluator.api.NotFoundException;
import com.servicepolicy.evaluator.night.AuditEntry;
import com.servicepolicy.evaluator.night.Findings;
import com.servicepolicy.evaluator.night.Page;
import com.servicepolicy.evaluator.service.RuleSetHolder;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

/** The stored violations, filtered, sorted and paged, and the work of people on them with its audit trail. */
@RestController
@RequestMapping("/api/v1/violations")
@Tag(name = "violations", description = "What the nights found, and people's work on it")
class FindingsApi {
    private final Findings findings;
    private final FindingsWork work;
    private final ActionDescriptions descriptions;
    private final RuleSetHolder rules;

    FindingsApi(Findings findings, FindingsWork work, ActionDescriptions descriptions, RuleSetHolder rules) {
        this.findings = findings;
        this.work = work;
        this.descriptions = descriptions;
        this.rules = rules;
    }

    /** A change to a violation: the person to assign it to, and the note (required to resolve, mark or reopen). */
    record ChangeRequest(String assignee, String note) {
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('auditor','admin')")
    @Operation(summary = "Search the stored violations",
            description = "Filters combine; from/to select violations whose first-to-last-seen nights overlap the range."
                    + " A value no violation can have is a 400 naming the parameter.")
    Page<FindingView> search(@RequestParam(required = false) @Parameter(description = "rule code, e.g. RESP-001") String code,
                             @RequestParam(required = false) @Parameter(description = "CRITICAL, MAJOR, MINOR or INFO") String severity,
                             @RequestParam(required = false) String policy,
                             @RequestParam(required = false) @Parameter(description = "the interaction's queue (or channel/priority)") String queue,
                             @RequestParam(required = false) String agent,
                             @RequestParam(required = false) String customer,
                             @RequestParam(required = false) @Parameter(description = "ISO-8601 date") String from,
                             @RequestParam(required = false) @Parameter(description = "ISO-8601 date") String to,
                             @RequestParam(required = false) @Parameter(description = "OPEN, ACKNOWLEDGED, RESOLVED or FALSE_POSITIVE") String status,
                             @RequestParam(required = false) @Parameter(description = "true: only those that came back after they were closed") String returned,
                             @RequestParam(required = false) @Parameter(description = "lastSeen (default), firstSeen, severity, code, status, queue, agent, customer, measured") String sort,
                             @RequestParam(required = false) @Parameter(description = "asc or desc") String direction,
                             @RequestParam(required = false) @Parameter(description = "0-based, default 0") String page,
                             @RequestParam(required = false) @Parameter(description = "1 to 500, default 50") String size) {
        FindingQuery q = FindingQuery.parse(new FindingQuery.Params(code, severity, policy, queue, agent, customer, from,
                to, status, returned, sort, direction, page, size), rules.current().ruleSet());
        var found = findings.search(q.filter(), q.sort(), q.descending(), q.page(), q.size());
        var actions = descriptions.all();
        return new Page<>(found.items().stream().map(f -> FindingView.of(f, actions)).toList(), found.page(),
                found.size(), found.total());
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('auditor','admin')")
    @Operation(summary = "One violation")
    FindingView one(@PathVariable long id) {
        return findings.find(id).map(f -> FindingView.of(f, descriptions.all()))
                .orElseThrow(() -> new NotFoundException("no violation " + id));
    }

    @GetMapping("/{id}/audit")
    @PreAuthorize("hasAnyRole('auditor','admin')")
    @Operation(summary = "Who changed what on a violation, and when (oldest first)")
    List<AuditEntry> audit(@PathVariable long id) {
        one(id);
        return findings.audit(id);
    }

    @GetMapping("/{id}/nights")
    @PreAuthorize("hasAnyRole('auditor','admin')")
    @Operation(summary = "The nights that saw a violation (while their lists are kept), oldest first")
    List<LocalDate> nights(@PathVariable long id) {
        one(id);
        return findings.nightsThatSaw(id);
    }

    @PostMapping("/{id}/acknowledge")
    @PreAuthorize("hasAnyRole('auditor','admin')")
    @Operation(summary = "Acknowledge an open violation")
    FindingView acknowledge(@PathVariable long id, @RequestBody(required = false) ChangeRequest body, Authentication who) {
        return change(id, FindingsWork.Action.ACKNOWLEDGE, body, who);
    }

    @PostMapping("/{id}/assign")
    @PreAuthorize("hasAnyRole('auditor','admin')")
    @Operation(summary = "Assign a violation to a person (an open one becomes acknowledged)")
    FindingView assign(@PathVariable long id, @RequestBody ChangeRequest body, Authentication who) {
        return change(id, FindingsWork.Action.ASSIGN, body, who);
    }

    @PostMapping("/{id}/resolve")
    @PreAuthorize("hasAnyRole('auditor','admin')")
    @Operation(summary = "Resolve a violation with a note")
    FindingView resolve(@PathVariable long id, @RequestBody ChangeRequest body, Authentication who) {
        return change(id, FindingsWork.Action.RESOLVE, body, who);
    }

    @PostMapping("/{id}/false-positive")
    @PreAuthorize("hasAnyRole('auditor','admin')")
    @Operation(summary = "Mark a violation a false positive, with the reason as note")
    FindingView falsePositive(@PathVariable long id, @RequestBody ChangeRequest body, Authentication who) {
        return change(id, FindingsWork.Action.FALSE_POSITIVE, body, who);
    }

    @PostMapping("/{id}/reopen")
    @PreAuthorize("hasAnyRole('auditor','admin')")
    @Operation(summary = "Reopen a resolved or false-positive violation, with a note")
    FindingView reopen(@PathVariable long id, @RequestBody ChangeRequest body, Authentication who) {
        return change(id, FindingsWork.Action.REOPEN, body, who);
    }

    private FindingView change(long id, FindingsWork.Action action, ChangeRequest body, Authentication who) {
        ChangeRequest b = body == null ? new ChangeRequest(null, null) : body;
        return FindingView.of(work.apply(id, action, b.assignee(), b.note(), who.getName()), descriptions.all());
    }
}
