package com.servicepolicy.evaluator.cli;

import com.servicepolicy.evaluator.engine.RuleProfile.RuleFigures;
import com.servicepolicy.evaluator.policy.RuleInfo;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What {@code bench} measured, as text for people or JSON for CI. Per-rule figures are per measured run. */
record BenchReport(long events, long violations, long compileMillis, long readMillis, List<Long> runNanos,
                   List<RuleInfo> rules, Map<String, RuleFigures> figures) {
    enum Format { text, json }

    long medianNanos() {
        List<Long> sorted = runNanos.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    double eventsPerSecond() {
        return events / Math.max(1e-9, medianNanos() / 1e9);
    }

    /** One row per rule that fired or reports a code, most time first. */
    List<Map<String, Object>> ruleRows() {
        Map<String, String> codes = new LinkedHashMap<>();
        rules.forEach(r -> codes.put(r.ruleName(), r.code()));
        List<String> names = new ArrayList<>(codes.keySet());
        figures.keySet().stream().filter(n -> !codes.containsKey(n)).forEach(names::add);
        int n = runNanos.size();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String name : names) {
            RuleFigures f = figures.getOrDefault(name, new RuleFigures(name, 0, 0));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("rule", name);
            row.put("code", codes.get(name));
            row.put("firings", f.firings() / n);
            row.put("consequenceMillis", round(f.consequenceNanos() / 1e6 / n));
            rows.add(row);
        }
        rows.sort(Comparator.comparingDouble((Map<String, Object> r) -> (Double) r.get("consequenceMillis")).reversed()
                .thenComparing(r -> (String) r.get("rule")));
        return rows;
    }

    String json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("events", events);
        root.put("violations", violations);
        root.put("runs", runNanos.size());
        root.put("runMillis", runNanos.stream().map(ns -> round(ns / 1e6)).toList());
        root.put("medianMillis", round(medianNanos() / 1e6));
        root.put("eventsPerSecond", Math.round(eventsPerSecond()));
        root.put("compileMillis", compileMillis);
        root.put("readMillis", readMillis);
        root.put("rules", ruleRows());
        return JsonMapper.builder().build().writeValueAsString(root) + "\n";
    }

    String text() {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%,d events, %,d violations; rules compiled in %d ms, log read in %d ms%n",
                events, violations, compileMillis, readMillis));
        s.append(String.format(Locale.ROOT, "%d runs: median %.1f ms, %,.0f events/s (runs: %s ms)%n", runNanos.size(),
                medianNanos() / 1e6, eventsPerSecond(),
                String.join(", ", runNanos.stream().map(ns -> String.format(Locale.ROOT, "%.1f", ns / 1e6)).toList())));
        s.append(String.format(Locale.ROOT, "%n%-10s %10s %12s  %s%n", "CODE", "FIRINGS", "THEN_MS", "RULE"));
        for (Map<String, Object> r : ruleRows()) {
            s.append(String.format(Locale.ROOT, "%-10s %10d %12.3f  %s%n", r.get("code") == null ? "-" : r.get("code"),
                    (Long) r.get("firings"), (Double) r.get("consequenceMillis"), r.get("rule")));
        }
        return s.toString();
    }

    private static double round(double millis) {
        return Math.round(millis * 1000) / 1000.0;
    }
}
