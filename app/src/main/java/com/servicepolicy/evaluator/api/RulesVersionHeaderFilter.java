package com.servicepolicy.evaluator.api;

import com.servicepolicy.evaluator.service.RuleSetHolder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Every API response says which rule set answered it in {@code X-Rules-Version}. Set up front (the
 * body may commit the response); an evaluation overwrites it with the version it actually ran on.
 */
@Component
class RulesVersionHeaderFilter extends OncePerRequestFilter {
    private final RuleSetHolder holder;

    RulesVersionHeaderFilter(RuleSetHolder holder) {
        this.holder = holder;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(EvaluationController.RULES_VERSION_HEADER, holder.current().version());
        chain.doFilter(request, response);
    }
}
