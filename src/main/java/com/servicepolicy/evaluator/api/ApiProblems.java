package com.servicepolicy.evaluator.api;

import com.servicepolicy.evaluator.engine.RuleLoopException;
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

    @ExceptionHandler
    ProblemDetail invalidRequest(InvalidRequestException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        p.setType(type("invalid-request"));
        p.setTitle("Invalid request");
        p.setProperty("errors", e.errors());
        return p;
    }

    @ExceptionHandler
    ProblemDetail tooLarge(RequestTooLargeException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
        p.setType(type("request-too-large"));
        p.setTitle("Request too large");
        return p;
    }

    @ExceptionHandler
    ProblemDetail unknownPolicy(UnknownPolicyException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        p.setType(type("unknown-policy"));
        p.setTitle("Unknown policy");
        return p;
    }

    @ExceptionHandler
    ProblemDetail ruleLoop(RuleLoopException e) {
        log.warn("Evaluation stopped: {}", e.getMessage());
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        p.setType(type("rule-loop"));
        p.setTitle("A rule did not stop firing");
        p.setProperty("rule", e.ruleName());
        return p;
    }

    @ExceptionHandler
    ProblemDetail rulesDoNotCompile(PolicyController.RulesDoNotCompileException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        p.setType(type("rules-do-not-compile"));
        p.setTitle("Rules do not compile");
        p.setProperty("rulesVersion", e.outcome().servingVersion());
        p.setProperty("problems", e.outcome().problems());
        return p;
    }

    @ExceptionHandler
    ProblemDetail accessDenied(AccessDeniedException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "your credentials do not carry the role this operation needs");
        p.setType(type("forbidden"));
        p.setTitle("Forbidden");
        return p;
    }

    @ExceptionHandler
    ProblemDetail unauthenticated(AuthenticationException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, e.getMessage());
        p.setType(type("unauthorized"));
        p.setTitle("Unauthorized");
        return p;
    }
}
