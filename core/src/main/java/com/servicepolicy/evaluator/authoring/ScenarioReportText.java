package com.servicepolicy.evaluator.authoring;

import com.servicepolicy.evaluator.policy.RecommendedAction;
import com.servicepolicy.evaluator.policy.Violation;

import java.util.List;
import java.util.Locale;

/** The human form of a test run: a readable diff per failed scenario, a summary, and coverage. */
public final class ScenarioReportText {
    private ScenarioReportText() {
    }

    public static String format(ScenarioSuite.Report report, String dirPrefix, boolean verbose, boolean coverage) {
        StringBuilder out = new StringBuilder();
        report.problems().forEach(p -> out.append(p.format(dirPrefix)).append('\n'));
        for (ScenarioResult r : report.results()) {
            if (r.passed()) {
                if (verbose) {
                    out.append("PASS ").append(dirPrefix).append(r.scenario().label()).append('\n');
                    r.actual().forEach(v -> out.append("       ").append(describe(v)).append('\n'));
                }
                continue;
            }
            out.append("FAIL ").append(dirPrefix).append(r.scenario().label()).append('\n');
            diff(r, out);
        }
        long failed = report.failed();
        out.append(String.format(Locale.ROOT, "%s: %d passed, %d failed%s%n", failed == 0 && report.problems().isEmpty()
                        ? "PASS" : "FAIL", report.results().size() - failed, failed,
                report.problems().isEmpty() ? "" : ", " + report.problems().size() + " problems in scenario files"));
        if (coverage) {
            coverage(report.coverage(), out);
        }
        return out.toString();
    }

    private static void diff(ScenarioResult r, StringBuilder out) {
        if (r.error() != null) {
            out.append("    evaluation failed: ").append(r.error()).append('\n');
            return;
        }
        Scenario s = r.scenario();
        if (s.exact() != null) {
            out.append("    expected exactly: ").append(s.exact().isEmpty() ? "no violations" : s.exact()).append('\n');
        }
        if (!s.includes().isEmpty()) {
            out.append("    expected to include: ").append(s.includes()).append('\n');
        }
        if (!s.excludes().isEmpty()) {
            out.append("    expected to exclude: ").append(s.excludes()).append('\n');
        }
        for (ExpectedViolation m : r.missing()) {
            out.append("  - missing     ").append(m).append("   (line ").append(m.line()).append(")\n");
        }
        for (Violation v : r.unexpected()) {
            out.append("  + unexpected  ").append(describe(v)).append('\n');
        }
        for (String d : r.differing()) {
            out.append("  ~ differs     ").append(d).append('\n');
        }
        out.append("    actual (").append(r.actual().size()).append("):").append(r.actual().isEmpty() ? " none" : "").append('\n');
        r.actual().forEach(v -> out.append("      ").append(describe(v)).append('\n'));
    }

    /** One violation on one line: code, subject, severity, actions, measured against threshold, message. */
    public static String describe(Violation v) {
        List<String> actions = v.actions().stream().map(RecommendedAction::code).toList();
        String measured = v.measured() == null ? ""
                : String.format(Locale.ROOT, " %s %s of %s,", number(v.measured()), v.unit(), number(v.threshold()));
        return v.code() + " " + v.subject() + " " + v.severity() + " " + actions + measured + " \"" + v.message() + "\"";
    }

    private static String number(Double d) {
        return d == null ? "-" : d == Math.rint(d) ? String.valueOf(d.longValue()) : String.format(Locale.ROOT, "%.4f", d);
    }

    private static void coverage(Coverage coverage, StringBuilder out) {
        out.append(String.format(Locale.ROOT, "rule coverage: %.1f%% (%d of %d rules fired in at least one scenario)%n",
                coverage.percent(), coverage.rules().size() - coverage.uncovered().size(), coverage.rules().size()));
        for (Coverage.RuleCoverage c : coverage.rules()) {
            out.append(String.format(Locale.ROOT, "  %-9s %-36s fired in %2d, asserted silent in %2d%s%n", c.rule().code(),
                    c.rule().name(), c.firedIn(), c.assertedSilentIn(), c.covered() ? "" : "   NOT COVERED"));
        }
    }
}
