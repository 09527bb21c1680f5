package com.servicepolicy.evaluator.report;

import com.servicepolicy.evaluator.night.RunRecord;
import com.servicepolicy.evaluator.policy.DisparityTests;
import com.servicepolicy.evaluator.policy.GroupRefusalRate;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlReportTest {

    @Test
    void theFairnessTableUsesTheMinimumGroupSizeTheRulesJudgedWith() {
        // "b" has the lowest rate but only 40 interactions: with a minimum of 50 it cannot be the reference
        List<DisparityTests.Counts> rates = List.of(new DisparityTests.Counts("disability", "a", 60, 6),
                new DisparityTests.Counts("disability", "b", 40, 1), new DisparityTests.Counts("disability", "c", 80, 24));

        String with50 = ReportTemplates.standalone(report(DisparityTests.judge(rates, 50, DisparityTests.HOLM), 50));
        String with30 = ReportTemplates.standalone(report(DisparityTests.judge(rates, 30, DisparityTests.HOLM), 30));

        assertThat(row(with50, "b")).contains("(too small)");
        assertThat(row(with50, "a")).contains("reference");
        assertThat(row(with50, "c")).contains("3.00×");
        assertThat(row(with30, "b")).doesNotContain("(too small)").contains("reference");
        assertThat(row(with30, "c")).contains("12.00×");
    }

    @Test
    void theFairnessTableShowsTheTestItsPValuesTheIntervalAndTheExcess() {
        List<DisparityTests.Counts> rates = List.of(new DisparityTests.Counts("disability", "no", 40, 3),
                new DisparityTests.Counts("disability", "yes", 43, 16), new DisparityTests.Counts("religion", "a", 30, 7),
                new DisparityTests.Counts("religion", "b", 30, 1));

        String html = ReportTemplates.standalone(report(DisparityTests.judge(rates, 30, DisparityTests.HOLM), 30));

        // yes: z-test p = 0.00129 over 2 tests; excess 16 - 43 x 3/40 = 12.8; religion a: Fisher's exact test
        assertThat(row(html, "yes")).contains("two-proportion z-test", "0.00129", "0.00257", "(holm, m = 2)", "12.8");
        assertThat(row(html, "yes")).containsPattern("\\d\\.\\d\\d–\\d+\\.\\d\\d");
        assertThat(row(html, "a")).contains("Fisher&#39;s exact test", "0.0523");
    }

    @Test
    void chartsWithNothingToShowAreLeftOutAndTheSlowestListsSayTheirMinimum() {
        String empty = ReportTemplates.standalone(report(List.of(), 30));
        assertThat(empty).doesNotContain("Nothing to show", "Slowest agents", "Slowest queues")
                .doesNotContainPattern("<canvas[^>]*data-chart");
        var run = new RunRecord(1, LocalDate.of(2026, 3, 2), 1, "COMPLETED", 0, 0, 0L, "v1", 1, 0, 0, 0, 0, 0, 0, 0, 0,
                null, true);
        var agents = List.of(new com.servicepolicy.evaluator.night.ResponseTimes("agent", "a-7", 6, 6 * 3_600_000L,
                3_600_000L));
        String some = ReportTemplates.standalone(new ReportData(run, Map.of("RESP-001", 3L), Map.of("MAJOR", 3L),
                Map.of("a-policy-with-a-very-long-name-that-would-overflow-its-card", 3L), Map.of(), List.of(), agents, 5,
                List.of(), List.of(), List.of(), com.servicepolicy.evaluator.quality.Findings.NONE));
        assertThat(some).contains("Slowest agents", "at least 5 responses", "a-7 (6)").containsPattern("<canvas[^>]*data-chart")
                .doesNotContain("Slowest queues");
        // self-contained: Chart.js and the chart script inline, nothing fetched
        assertThat(some).contains("new Chart(").doesNotContain("src=\"", "href=\"http");
    }

    private static ReportData report(List<GroupRefusalRate> rates, long minGroupSize) {
        var run = new RunRecord(1, LocalDate.of(2026, 3, 2), 1, "COMPLETED", 0, 0, 0L, "v1", 1, 0, 0, 0, 0, 0, 0, 0, 0,
                null, true);
        return new ReportData(run, Map.of(), Map.of(), Map.of(), Map.of(), List.of(), List.of(), 5,
                FairnessRow.of(rates, minGroupSize, Set.of()), List.of(), List.of(),
                com.servicepolicy.evaluator.quality.Findings.NONE);
    }

    /** The fairness table's row of one group. */
    private static String row(String html, String group) {
        int start = html.indexOf("<td><span>" + group + "</span>");
        return html.substring(start, html.indexOf("</tr>", start));
    }
}
