package com.servicepolicy.evaluator.web;

import com.servicepolicy.evaluator.api.BadParameterException;
import com.servicepolicy.evaluator.api.ConflictException;
import com.servicepolicy.evaluator.findings.ActionDescriptions;
import com.servicepolicy.evaluator.findings.FindingView;
import com.servicepolicy.evaluator.findings.FindingsWork;
import com.servicepolicy.evaluator.findings.ViolationExplanations;
import com.servicepolicy.evaluator.night.Finding;
import com.servicepolicy.evaluator.night.Findings;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Locale;

/**
 * One violation: what happened and what to do, the interaction's timeline and clocks (the core's explain view),
 * the nights that saw it, and its work — the forms to acknowledge, assign, resolve, mark a false positive or
 * reopen, and the audit trail of who did what when.
 */
@Controller
class ViolationPage {
    private final Findings findings;
    private final FindingsWork work;
    private final ActionDescriptions descriptions;
    private final ViolationExplanations explanations;

    ViolationPage(Findings findings, FindingsWork work, ActionDescriptions descriptions,
                  ViolationExplanations explanations) {
        this.findings = findings;
        this.work = work;
        this.descriptions = descriptions;
        this.explanations = explanations;
    }

    @GetMapping("/violations/{id}")
    @PreAuthorize("hasAnyRole('auditor','admin')")
    String page(@PathVariable long id, Model model, jakarta.servlet.http.HttpServletResponse response) {
        Finding f = findings.find(id).orElse(null);
        if (f == null) {
            return Pages.notFound(model, response, "no violation " + id);
        }
        model.addAttribute("v", FindingView.of(f, descriptions.all()));
        model.addAttribute("audit", findings.audit(id));
        model.addAttribute("nights", findings.nightsThatSaw(id));
        model.addAttribute("explanation", explanations.explain(f).orElse(null));
        return "violation";
    }

    /** {@code action}: acknowledge, assign, resolve, false-positive or reopen. */
    @PostMapping("/violations/{id}/{action}")
    @PreAuthorize("hasAnyRole('auditor','admin')")
    String change(@PathVariable long id, @PathVariable String action, @RequestParam(required = false) String assignee,
                  @RequestParam(required = false) String note, Authentication who, RedirectAttributes flash) {
        FindingsWork.Action a;
        try {
            a = FindingsWork.Action.valueOf(action.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("error", "no action " + action);
            return "redirect:/violations/" + id;
        }
        try {
            work.apply(id, a, assignee, note, who.getName());
            flash.addFlashAttribute("notice", "Saved: " + action.replace('-', ' ') + ".");
        } catch (BadParameterException | ConflictException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/violations/" + id;
    }
}
