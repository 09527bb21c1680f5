package com.servicepolicy.evaluator.api;

import com.servicepolicy.evaluator.engine.RuleLoopException;
import com.servicepolicy.evaluator.engine.RulesBusyException;
import com.servicepolicy.evaluator.sandbox.SandboxBusyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;

/**
 * Every error of the API as an RFC 9457 problem document. Spring's own errors (wrong media type,
 * unreadable body, bad parameter) come from {@link ResponseEntityExceptionHandler}; access errors
 * raised by method security are answered here too, since they never reach the security filters.
 */
// only the API's controllers: a page refused or failing gets an error page, not a problem document
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    static URI type(String name) {
        return URI.create("urn:service-policy-evaluator:problem:" + name);
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(type(type));
        p.setTitle(title);
        return p;
    }

    @ExceptionHandler
    ProblemDetail invalidRequest(InvalidRequestException e) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", e.getMessage());
        p.setProperty("errors", e.errors());
        return p;
    }

    @ExceptionHandler
    ProblemDetail badParameter(BadParameterException e) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter", e.getMessage());
        p.setProperty("parameter", e.parameter());
        p.setProperty("value", e.value());
        return p;
    }

    @ExceptionHandler
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "conflict", "Conflict", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail tooLarge(RequestTooLargeException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "request-too-large", "Request too large", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail unknownPolicy(UnknownPolicyException e) {
        return problem(HttpStatus.NOT_FOUND, "unknown-policy", "Unknown policy", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail ruleLoop(RuleLoopException e) {
        log.warn("Evaluation stopped: {}", e.getMessage());
        ProblemDetail p = problem(HttpStatus.UNPROCESSABLE_CONTENT, "rule-loop", "A rule did not stop firing",
                e.getMessage());
        p.setProperty("rule", e.ruleName());
        return p;
    }

    /** No rule thread free in time, or all stuck: refused rather than queued without end; worth a retry later. */
    @ExceptionHandler
    org.springframework.http.ResponseEntity<ProblemDetail> rulesBusy(RulesBusyException e) {
        log.warn("Evaluation refused: {}", e.getMessage());
        ProblemDetail p = problem(HttpStatus.SERVICE_UNAVAILABLE, "rules-busy", "No rule thread available",
                e.getMessage());
        p.setProperty("ruleThreads", e.threads());
        p.setProperty("stuckRuleThreads", e.stuck());
        return org.springframework.http.ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(org.springframework.http.HttpHeaders.RETRY_AFTER, "5").body(p);
    }

    @ExceptionHandler
    org.springframework.http.ResponseEntity<ProblemDetail> sandboxBusy(SandboxBusyException e) {
        ProblemDetail p = problem(HttpStatus.SERVICE_UNAVAILABLE, "sandbox-busy", "Rule sandbox busy", e.getMessage());
        return org.springframework.http.ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(org.springframework.http.HttpHeaders.RETRY_AFTER, "10").body(p);
    }

    @ExceptionHandler
    ProblemDetail rulesDoNotCompile(PolicyController.RulesDoNotCompileException e) {
        ProblemDetail p = problem(HttpStatus.UNPROCESSABLE_CONTENT, "rules-do-not-compile", "Rules do not compile",
                e.getMessage());
        p.setProperty("rulesVersion", e.outcome().servingVersion());
        p.setProperty("problems", e.outcome().problems());
        return p;
    }

    @ExceptionHandler
    ProblemDetail accessDenied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                "your credentials do not carry the role this operation needs");
    }

    @ExceptionHandler
    ProblemDetail unauthenticated(AuthenticationException e) {
        return problem(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized", e.getMessage());
    }
}
