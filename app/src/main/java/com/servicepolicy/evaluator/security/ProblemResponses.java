package com.servicepolicy.evaluator.security;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.AuthenticationEntryPoint;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.Map;

/** 401 and 403 from the security filters as RFC 9457 problem documents, like every other API error. */
final class ProblemResponses {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ProblemResponses() {
    }

    static AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"service-policy-evaluator\"");
            write(response, HttpStatus.UNAUTHORIZED, "Unauthorized", "unauthorized",
                    e.getMessage() != null && e.getMessage().contains("not valid") ? e.getMessage()
                            : "send an API key in the X-API-Key header or an Authorization: Bearer token",
                    request.getRequestURI());
        };
    }

    /**
     * 403; but a change refused for want of a CSRF token by a caller who is not signed in at all (no key, no
     * session) is answered as the missing credential it is: 401.
     */
    static AccessDeniedHandler forbidden(AuthenticationEntryPoint unauthorized) {
        return (request, response, e) -> {
            if (e instanceof CsrfException && !signedIn()) {
                unauthorized.commence(request, response, new InsufficientAuthenticationException("no credential"));
                return;
            }
            write(response, HttpStatus.FORBIDDEN, "Forbidden", "forbidden",
                    e instanceof CsrfException ? "a change from a signed-in browser needs the CSRF token (X-XSRF-TOKEN"
                            + " header or _csrf field)" : "your credentials do not carry the role this operation needs",
                    request.getRequestURI());
        };
    }

    private static boolean signedIn() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a != null && a.isAuthenticated() && !(a instanceof AnonymousAuthenticationToken);
    }

    private static void write(HttpServletResponse response, HttpStatus status, String title, String type,
                              String detail, String path) throws java.io.IOException {
        // the fields of a ProblemDetail, as the controllers' problems render them (no "properties": null)
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", "urn:service-policy-evaluator:problem:" + type);
        p.put("title", title);
        p.put("status", status.value());
        p.put("detail", detail);
        p.put("instance", path);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        MAPPER.writeValue(response.getOutputStream(), p);
    }
}
