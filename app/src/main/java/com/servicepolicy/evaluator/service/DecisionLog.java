package com.servicepolicy.evaluator.service;

import com.servicepolicy.evaluator.policy.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One line per evaluation, in key=value form, on the logger {@code decision}: enough to audit what
 * the service decided and with which rules, and nothing about who — no customer, interaction or
 * event ids, no attributes, no free text.
 */
public class DecisionLog {
    private static final Logger log = LoggerFactory.getLogger("decision");

    void evaluated(UUID id, String rulesVersion, EvaluationRequest request, List<Violation> violations,
                   long millis) {
        if (!log.isInfoEnabled()) {
            return;
        }
        Map<String, Long> byCode = new TreeMap<>(violations.stream()
                .collect(Collectors.groupingBy(Violation::code, Collectors.counting())));
        log.info("evaluation id={} outcome=ok rulesVersion={} read={} evaluated={} duplicates={} rejected={} "
                        + "customers={} violations={} byCode={} explain={} millis={}",
                id, rulesVersion, request.read(), request.evaluated(), request.duplicates(), request.rejected(),
                request.customers(), violations.size(), format(byCode), request.explain(), millis);
    }

    void failed(UUID id, String rulesVersion, EvaluationRequest request, String outcome, String rule, long millis) {
        log.warn("evaluation id={} outcome={} rulesVersion={} read={} evaluated={} rule=\"{}\" millis={}",
                id, outcome, rulesVersion, request.read(), request.evaluated(), rule, millis);
    }

    private static String format(Map<String, Long> byCode) {
        return byCode.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue())
                .collect(Collectors.joining(",", "[", "]"));
    }
}
