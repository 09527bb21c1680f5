package com.servicepolicy.evaluator.report;

import com.servicepolicy.evaluator.night.GroupRate;
import com.servicepolicy.evaluator.night.RunRecord;
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
        List<GroupRate> rates = List.of(new GroupRate("disability", "a", 60, 6), new GroupRate("disability", "b", 40, 1),
                new GroupRate("disability", "c", 80, 24));

        String with50 = HtmlReport.render(report(rates, 50));
        String with30 = HtmlReport.render(report(rates, 30));

        assertThat(row(with50, "b")).contains("(too small)");
        assertThat(row(with50, "a")).contains("reference");
        assertThat(row(with50, "c")).contains("3.00×");
        assertThat(row(with30, "b")).doesNotContain("(too small)").contains("reference");
        assertThat(row(with30, "c")).contains("12.00×");
    }

    private static ReportData report(List<GroupRate> rates, long minGroupSize) {
        var run = new RunRecord(1, LocalDate.of(2026, 3, 2), 1, "COMPLETED", 0, 0, 0L, "v1", 1, 0, 0, 0, 0, 0, 0, 0, 0,
                null, true);
        return new ReportData(run, Map.of(), Map.of(), Map.of(), Map.of(), List.of(), List.of(), rates, Set.of(),
                minGroupSize, List.of());
    }

    /** The fairness table's row of one group. */
    private static String row(String html, String group) {
        int start = html.indexOf("<tr><td>disability</td><td>" + group);
        return html.substring(start, html.indexOf("</tr>", start));
    }
}
