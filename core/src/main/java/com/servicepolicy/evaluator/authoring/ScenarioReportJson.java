package com.servicepolicy.evaluator.authoring;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.Map;

/** The machine form of a test run, for CI dashboards and editors. */
public final class ScenarioReportJson {
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ScenarioReportJson() {
    }

    public static String format(ScenarioSuite.Report report, boolean coverage) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("passed", report.passed());
        root.put("scenarios", report.results().size());
        root.put("failed", report.failed());
        root.put("problems", report.problems().stream().map(Finding::toString).toList());
        root.put("results", report.results().stream().map(ScenarioReportJson::result).toList());
        if (coverage) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("percent", report.coverage().percent());
            c.put("rules", report.coverage().rules().stream().map(r -> Map.of("code", r.rule().code(),
                    "rule", r.rule().ruleName(), "firedIn", r.firedIn(), "assertedSilentIn", r.assertedSilentIn())).toList());
            root.put("coverage", c);
        }
        return JSON.writeValueAsString(root);
    }

    private static Map<String, Object> result(ScenarioResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", r.scenario().file());
        m.put("line", r.scenario().line());
        m.put("name", r.scenario().name());
        m.put("passed", r.passed());
        m.put("missing", r.missing().stream().map(ExpectedViolation::toString).toList());
        m.put("unexpected", r.unexpected().stream().map(ScenarioReportText::describe).toList());
        m.put("differing", r.differing());
        if (r.error() != null) {
            m.put("error", r.error());
        }
        m.put("actual", r.actual());
        return m;
    }

}
