package com.servicepolicy.evaluator.report;

import com.servicepolicy.evaluator.night.ResponseTimes;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report's charts as the JSON that {@code report-charts.js} hands to Chart.js: {@code type} (bar, or stacked
 * for the trend), {@code labels}, and one or more datasets of values and colours. A chart with nothing to draw is
 * absent (null), so its card is not shown at all.
 */
final class ReportCharts {
    static final List<String> SEVERITIES = List.of("CRITICAL", "MAJOR", "MINOR", "INFO");
    static final Map<String, String> SEVERITY_COLORS = Map.of("CRITICAL", "#b3261e", "MAJOR", "#e8710a",
            "MINOR", "#f2c94c", "INFO", "#7aa7d8");
    private static final String BLUE = "#3b6ea8";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ReportCharts() {
    }

    /** Chart name → JSON, for the charts that have something to show. */
    static Map<String, String> of(ReportData d) {
        Map<String, String> charts = new LinkedHashMap<>();
        put(charts, "trend", trend(d.trend()));
        Map<String, Long> bySeverity = new LinkedHashMap<>();
        SEVERITIES.forEach(s -> {
            if (d.bySeverity().containsKey(s)) {
                bySeverity.put(s, d.bySeverity().get(s));
            }
        });
        put(charts, "severity", bars(bySeverity, bySeverity.keySet().stream().map(SEVERITY_COLORS::get).toList(), ""));
        put(charts, "policy", bars(d.byPolicy(), List.of(), ""));
        put(charts, "code", bars(d.byCode(), List.of(), ""));
        put(charts, "queues", bars(hours(d.slowestQueues()), List.of(), "h"));
        put(charts, "agents", bars(hours(d.slowestAgents()), List.of(), "h"));
        return charts;
    }

    private static void put(Map<String, String> charts, String name, Map<String, Object> chart) {
        if (chart != null) {
            charts.put(name, JSON.writeValueAsString(chart));
        }
    }

    private static Map<String, Object> bars(Map<String, ? extends Number> values, List<String> colors, String unit) {
        if (values.isEmpty()) {
            return null;
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("type", "bar");
        chart.put("unit", unit);
        chart.put("labels", List.copyOf(values.keySet()));
        chart.put("datasets", List.of(Map.of("label", unit.isEmpty() ? "violations" : "average first response (h)",
                "data", List.copyOf(values.values()), "backgroundColor", colors.isEmpty() ? BLUE : colors)));
        return chart;
    }

    private static Map<String, Object> trend(Map<String, Map<String, Long>> nights) {
        if (nights.isEmpty()) {
            return null;
        }
        List<Object> datasets = new ArrayList<>();
        for (String severity : SEVERITIES) {
            datasets.add(Map.of("label", severity, "backgroundColor", SEVERITY_COLORS.get(severity),
                    "data", nights.values().stream().map(m -> m.getOrDefault(severity, 0L)).toList()));
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("type", "stacked");
        chart.put("unit", "");
        chart.put("labels", List.copyOf(nights.keySet()));
        chart.put("datasets", datasets);
        return chart;
    }

    private static Map<String, Double> hours(List<ResponseTimes> times) {
        Map<String, Double> hours = new LinkedHashMap<>();
        times.forEach(t -> hours.put(t.key() + " (" + t.responses() + ")",
                Math.round(t.averageMillis() / 360_000.0) / 10.0));
        return hours;
    }
}
