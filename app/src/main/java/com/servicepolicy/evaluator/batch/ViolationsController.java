package com.servicepolicy.evaluator.batch;

import com.servicepolicy.evaluator.night.Page;
import com.servicepolicy.evaluator.night.StoredViolation;
import com.servicepolicy.evaluator.night.ViolationFilter;
import com.servicepolicy.evaluator.night.ViolationStore;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/**
 * The stored violations, filtered and paged. {@code from}/{@code to} select violations whose
 * first-to-last-seen nights overlap the range.
 */
@RestController
class ViolationsController {
    private final ViolationStore violations;

    ViolationsController(ViolationStore violations) {
        this.violations = violations;
    }

    @GetMapping("/api/v1/violations")
    @PreAuthorize("hasAnyRole('auditor','admin')")
    Page<StoredViolation> search(@RequestParam(required = false) String code,
                                 @RequestParam(required = false) String severity,
                                 @RequestParam(required = false) String policy,
                                 @RequestParam(required = false) String agent,
                                 @RequestParam(required = false) String customer,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                 @RequestParam(defaultValue = "0") int page,
                                 @RequestParam(defaultValue = "50") int size) {
        return violations.search(new ViolationFilter(code, severity, policy, agent, customer, from, to),
                Math.max(0, page), Math.max(1, Math.min(size, 500)));
    }
}
