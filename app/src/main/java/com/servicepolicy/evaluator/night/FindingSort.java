package com.servicepolicy.evaluator.night;

import java.util.Arrays;
import java.util.Optional;

/** The orders of the violations table. Each ends with code and subject, so pages never overlap. */
public enum FindingSort {
    LAST_SEEN("last_run_date"), FIRST_SEEN("first_run_date"), SEVERITY(
            "CASE severity WHEN 'CRITICAL' THEN 0 WHEN 'MAJOR' THEN 1 WHEN 'MINOR' THEN 2 ELSE 3 END"),
    CODE("code"), STATUS("status"), QUEUE("queue"), AGENT("agent_id"), CUSTOMER("customer_id"), MEASURED("measured");

    private final String expression;

    FindingSort(String expression) {
        this.expression = expression;
    }

    /** The SQL ordering expression (a fixed text, never user input). */
    public String expression() {
        return expression;
    }

    /** The API name: lastSeen, firstSeen, severity, ... */
    public String apiName() {
        String[] words = name().toLowerCase(java.util.Locale.ROOT).split("_");
        StringBuilder b = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            b.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return b.toString();
    }

    public static Optional<FindingSort> byApiName(String name) {
        return Arrays.stream(values()).filter(s -> s.apiName().equals(name)).findFirst();
    }
}
