package com.servicepolicy.evaluator.api;

import com.servicepolicy.evaluator.engine.RuleFailedException;
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
@RestControllerAdvice
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

    /**
     * Spring's own problems (bad parameter type, wrong media type, missing body…) get a type of this API like every
     * other problem, rather than {@code about:blank}.
     */
    @Override
    protected org.springframework.http.ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body,
            org.springframework.http.HttpHeaders headers, org.springframework.http.HttpStatusCode statusCode,
            org.springframework.web.context.request.WebRequest request) {
        if (body == null && ex instanceof org.springframework.web.ErrorResponse error) {
            body = error.updateAndGetBody(getMessageSource(),
                    org.springframework.context.i18n.LocaleContextHolder.getLocale());
        }
        if (body instanceof ProblemDetail p && (p.getType() == null || "about:blank".equals(p.getType().toString()))) {
            String title = p.getTitle() != null ? p.getTitle()
                    : HttpStatus.resolve(statusCode.value()) != null ? HttpStatus.resolve(statusCode.value()).getReasonPhrase()
                    : "Error";
            p.setTitle(title);
            p.setType(type(title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")));
        }
        // a request refused while its handler was being chosen (wrong media type) keeps the handler's "produces", which
        // excludes application/problem+json and would leave the answer without a body
        request.removeAttribute(org.springframework.web.servlet.HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE,
                org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST);
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
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

    /** A rule that throws is the rule set's fault: named like a rule that loops, not a bare 500 of the server. */
    @ExceptionHandler
    ProblemDetail ruleFailed(RuleFailedException e) {
        log.warn("Evaluation failed: {}", e.getMessage()); // one line a request, as a loop; the trace on debug
        log.debug("Evaluation failed", e.getCause());
        ProblemDetail p = problem(HttpStatus.UNPROCESSABLE_CONTENT, "rule-failed", "A rule failed", e.getMessage());
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

    /**
     * A page refused by method security goes on to the security filters, which answer a browser with the sign-in
     * page or an error page; the API answers with a problem document.
     */
    @ExceptionHandler
    ProblemDetail accessDenied(AccessDeniedException e, jakarta.servlet.http.HttpServletRequest request) {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            throw e;
        }
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                "your credentials do not carry the role this operation needs");
    }

    @ExceptionHandler
    ProblemDetail unauthenticated(AuthenticationException e) {
        return problem(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized", e.getMessage());
    }
}
